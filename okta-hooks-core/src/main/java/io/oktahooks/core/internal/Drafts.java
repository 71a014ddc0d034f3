package io.oktahooks.core.internal;

import io.oktahooks.core.ResponseBuilder;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Hands each per-type builder the {@link CommandDraft} its {@link ResponseBuilder} holds, without
 * any API type naming an internal one. {@code ResponseBuilder} registers the accessor when it is
 * initialised, which happens before any builder exists. Not API.
 */
public final class Drafts {

    private static volatile @Nullable Function<ResponseBuilder<?>, CommandDraft> access;

    private Drafts() {}

    /** Called once, by {@code ResponseBuilder}'s static initialiser; later calls are refused. */
    public static synchronized void register(Function<ResponseBuilder<?>, CommandDraft> accessor) {
        if (access != null) {
            throw new IllegalStateException("the draft accessor is registered already");
        }
        access = Objects.requireNonNull(accessor, "accessor");
    }

    /** The draft a builder assembles its response in. */
    public static CommandDraft of(ResponseBuilder<?> builder) {
        Function<ResponseBuilder<?>, CommandDraft> accessor = access;
        if (accessor == null) {
            throw new IllegalStateException("ResponseBuilder has not registered its draft accessor");
        }
        return accessor.apply(builder);
    }
}
