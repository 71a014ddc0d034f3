package io.oktahooks.core;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.internal.Sanitize;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one hook call: {@code commands}, an optional {@code error}, an optional
 * {@code debugContext}, or (event hooks only) the {@code verification} echo.
 *
 * <p>Responses with commands can only be built with the builder of their hook type
 * ({@code TokenResponseBuilder}, {@code SamlResponseBuilder}, {@code RegistrationResponseBuilder},
 * {@code UserImportResponseBuilder}, {@code PasswordImportResponseBuilder},
 * {@code TelephonyResponseBuilder}), best from the request ({@code request.respond()}): the
 * builders enforce Okta's documented rules, so no response that breaks one can be built. The
 * factories here carry no commands: {@link #empty(HookType)}, {@link #error(HookType, HookError)}
 * and {@link #verification(String)}. {@code HookEndpoint} also checks every response against the
 * request it answers before sending it (a free-standing builder cannot know the request). Immutable
 * and thread-safe.
 *
 * <p>{@link #toBytes()} enforces Okta's size rule: a response of {@value #MAX_BYTES} bytes or more
 * is never produced.
 */
public final class HookResponse {

    /** Okta accepts responses smaller than 256 KB; we take the smaller reading, 256,000 bytes. */
    public static final int MAX_BYTES = 256_000;

    private final HookType type;
    private final List<Command> commands;
    private final @Nullable HookError error;
    private final @Nullable ObjectNode debugContext;
    private final @Nullable String verification;
    /** The request whose rules every command passed as its builder added it, or null; not part of equality. */
    private final @Nullable Object checkedAgainst;

    private HookResponse(
            HookType type,
            List<Command> commands,
            @Nullable HookError error,
            @Nullable ObjectNode debugContext,
            @Nullable String verification) {
        this(type, commands, error, debugContext, verification, null);
    }

    private HookResponse(
            HookType type,
            List<Command> commands,
            @Nullable HookError error,
            @Nullable ObjectNode debugContext,
            @Nullable String verification,
            @Nullable Object checkedAgainst) {
        this.checkedAgainst = checkedAgainst;
        this.type = Objects.requireNonNull(type, "type");
        this.commands = List.copyOf(commands);
        this.error = error;
        this.debugContext = debugContext;
        this.verification = verification;
        for (Command command : this.commands) {
            if (!type.commandTypes().contains(command.type())) {
                throw new InvalidResponseException(
                        InvalidResponseException.Rule.COMMAND_NOT_ALLOWED,
                        "command type " + Sanitize.quote(command.type())
                                + " does not belong to a " + type.displayName() + "; allowed: "
                                + (type.commandTypes().isEmpty()
                                        ? "none"
                                        : String.join(", ", new java.util.TreeSet<>(type.commandTypes()))));
            }
        }
    }

    /** No change: Okta continues with its default (sent as HTTP 204 where the type allows it). */
    public static HookResponse empty(HookType type) {
        return new HookResponse(type, List.of(), null, null, null);
    }

    /** Only an {@code error}. */
    public static HookResponse error(HookType type, HookError error) {
        return new HookResponse(type, List.of(), Objects.requireNonNull(error, "error"), null, null);
    }

    /**
     * The reply to an event hook's one-time verification GET: {@code {"verification": challenge}}.
     *
     * @param challenge the value of the {@code x-okta-verification-challenge} request header
     */
    public static HookResponse verification(String challenge) {
        if (challenge == null || challenge.isEmpty()) {
            throw new InvalidResponseException(
                    InvalidResponseException.Rule.EMPTY_VERIFICATION,
                    "the verification challenge is empty; echo the value of the "
                            + "x-okta-verification-challenge header");
        }
        return new HookResponse(HookType.EVENT, List.of(), null, null, challenge);
    }

    /** The hook type this response answers. */
    public HookType type() {
        return type;
    }

    /** The commands, in the order Okta applies them. */
    public List<Command> commands() {
        return commands;
    }

    /** The {@code error}, if any. */
    public Optional<HookError> error() {
        return Optional.ofNullable(error);
    }

    /** A copy of the {@code debugContext}, if any. */
    public Optional<ObjectNode> debugContext() {
        return Optional.ofNullable(debugContext).map(ObjectNode::deepCopy);
    }

    /** The verification echo (event hooks' one-time GET), if this is one. */
    public Optional<String> verification() {
        return Optional.ofNullable(verification);
    }

    /** True when there is nothing to send: no commands, error, debugContext or verification. */
    public boolean isEmpty() {
        return commands.isEmpty() && error == null && debugContext == null && verification == null;
    }

    /** The response as Okta reads it; members with nothing to say are left out ({@code {}} when empty). */
    public ObjectNode toJson() {
        return json(true);
    }

    /** The JSON tree sharing this response's nodes, for the SDK's own checks, which only read it. */
    ObjectNode tree() {
        return json(false);
    }

    /** The JSON tree; without {@code copy} it shares this response's nodes and must only be read. */
    private ObjectNode json(boolean copy) {
        ObjectNode root = HookJson.newObject();
        if (verification != null) {
            root.put("verification", verification);
        }
        if (!commands.isEmpty()) {
            ArrayNode array = root.putArray("commands");
            for (Command command : commands) {
                ObjectNode entry = array.addObject();
                entry.put("type", command.type());
                entry.set("value", copy ? command.valueNode().deepCopy() : command.valueNode());
            }
        }
        if (error != null) {
            root.set("error", errorJson(error));
        }
        if (debugContext != null) {
            root.set("debugContext", copy ? debugContext.deepCopy() : debugContext);
        }
        return root;
    }

    private static ObjectNode errorJson(HookError error) {
        ObjectNode node = HookJson.newObject();
        putIfPresent(node, "errorSummary", error.errorSummary());
        if (!error.errorCauses().isEmpty()) {
            ArrayNode causes = node.putArray("errorCauses");
            for (ErrorCause cause : error.errorCauses()) {
                ObjectNode c = causes.addObject();
                c.put("errorSummary", cause.errorSummary());
                putIfPresent(c, "reason", cause.reason());
                putIfPresent(
                        c,
                        "locationType",
                        cause.locationType() == null
                                ? null
                                : cause.locationType().wireValue());
                putIfPresent(c, "location", cause.location());
                putIfPresent(c, "domain", cause.domain());
            }
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    /**
     * The response as UTF-8 JSON, checked against Okta's size rule.
     *
     * @throws ResponseTooLargeException when the JSON is {@value #MAX_BYTES} bytes or more
     */
    public byte[] toBytes() {
        // written once, into one pooled buffer, and checked there
        return HookJson.toBytes(json(false), MAX_BYTES, size -> new ResponseTooLargeException(type, size));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HookResponse that
                && that.type == type
                && that.toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode() * 31 + type.hashCode();
    }

    /** The hook type and command types; values are not shown (debugContext may hold personal data). */
    @Override
    public String toString() {
        return "HookResponse{type=" + type + ", commands="
                + commands.stream().map(Command::type).toList()
                + (error != null ? ", error" : "") + (debugContext != null ? ", debugContext" : "")
                + (verification != null ? ", verification" : "") + "}";
    }

    static HookResponse fromBuilder(
            HookType type,
            List<Command> commands,
            @Nullable HookError error,
            @Nullable ObjectNode debugContext,
            @Nullable Object checkedAgainst) {
        return new HookResponse(type, commands, error, debugContext, null, checkedAgainst);
    }

    /**
     * Whether every command was checked against {@code request}'s rules as it was added (built by a
     * builder bound to this very request, which checks all that {@code ResponseRules} would).
     */
    boolean checkedAgainst(HookRequest request) {
        return checkedAgainst != null && checkedAgainst == request;
    }
}
