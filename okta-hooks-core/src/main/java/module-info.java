/**
 * okta-hooks-core: typed requests and validated responses for every Okta hook type, a
 * {@code HookHandler} per type and {@code HookEndpoint}, the framework-neutral HTTP face.
 *
 * <p>Only the API packages are exported; {@code io.oktahooks.core.internal} is open to the SDK's
 * own modules alone.
 */
@SuppressWarnings("module") // the qualified exports name SDK modules built after this one
module io.oktahooks.core {
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports io.oktahooks.core;
    exports io.oktahooks.core.context;
    exports io.oktahooks.core.error;
    exports io.oktahooks.core.event;
    exports io.oktahooks.core.passwordimport;
    exports io.oktahooks.core.registration;
    exports io.oktahooks.core.saml;
    exports io.oktahooks.core.telephony;
    exports io.oktahooks.core.token;
    exports io.oktahooks.core.userimport;
    exports io.oktahooks.core.internal to
            io.oktahooks.auth,
            io.oktahooks.testkit,
            io.oktahooks.admin;
}
