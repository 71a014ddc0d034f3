package io.oktahooks.core.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.OktaObject;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Hands the SDK's own checks the tree a request view reads, without a copy and without any API type
 * exposing it: {@code OktaObject} registers the accessor when it is initialised, which happens
 * before any view exists. What reads a tree through here must only read it. Not API.
 */
public final class Nodes {

    private static volatile @Nullable Function<OktaObject, ObjectNode> access;

    private Nodes() {}

    /** Called once, by {@code OktaObject}'s static initialiser; later calls are refused. */
    public static synchronized void register(Function<OktaObject, ObjectNode> accessor) {
        if (access != null) {
            throw new IllegalStateException("the node accessor is registered already");
        }
        access = Objects.requireNonNull(accessor, "accessor");
    }

    /** The tree {@code view} reads; never change it. */
    public static ObjectNode of(OktaObject view) {
        return Objects.requireNonNull(access, "OktaObject registers the node accessor")
                .apply(view);
    }
}
