package io.oktahooks.examples;

import io.oktahooks.core.HookAuthenticator;
import io.oktahooks.core.HookEndpoint;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.Profile;
import io.oktahooks.core.context.User;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.internal.Sanitize;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example's business logic, one handler per hook type, as a clinic would write it (after
 * Okta's token hook guide and its siblings). Each handler is a plain method from typed request to
 * response, so the unit tests call them directly.
 */
public final class ExampleHooks {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleHooks.class);

    /** Patients by login, from Okta's token inline hook guide. */
    public static final Map<String, String> PATIENTS = Map.of(
            "jessie.smith@example.com", "1235",
            "kim.sato@example.com", "6789",
            "rajiv.tal@example.com", "4235");

    /** Existing Okta users by login, for the user import hook's link-or-create decision. */
    public static final Map<String, String> OKTA_USERS = Map.of(
            "kim.sato@example.com", "00ukim0001",
            "jessie.smith@example.com", "00ujessie01");

    private final Set<String> allowedDomains;
    private final PasswordStore passwords;
    private final Map<String, LongAdder> eventCounts = new ConcurrentHashMap<>();

    /**
     * @param allowedDomains e-mail domains allowed to register
     * @param passwords the legacy store the password import hook checks
     */
    public ExampleHooks(Set<String> allowedDomains, PasswordStore passwords) {
        this.allowedDomains = Set.copyOf(allowedDomains);
        this.passwords = passwords;
    }

    /** The demo legacy store: the testkit's password-import fixture user and two more. */
    public static PasswordStore demoPasswords() {
        return new PasswordStore()
                .add("jessie.smith@example.com", "Blue-Heron-42")
                .add("kim.sato@example.com", "Maple-Syrup-7")
                .add("rajiv.tal@example.com", "Quiet-Harbor-19");
    }

    /** The endpoint with every handler registered. */
    public HookEndpoint endpoint(HookAuthenticator authenticator, io.oktahooks.core.HookCallListener listener) {
        return HookEndpoint.builder()
                .authenticator(authenticator)
                .token(this::token)
                .saml(this::saml)
                .registration(this::registration)
                .userImport(this::userImport)
                .passwordImport(this::passwordImport)
                .telephony(this::telephony)
                .events(this::events)
                .listener(listener)
                .build();
    }

    /** Adds {@code extPatientId} to the ID token of known patients; no change otherwise. */
    public HookResponse token(TokenRequest request) {
        if (request.identity().isEmpty()) {
            return HookResponse.empty(HookType.TOKEN);
        }
        Optional<String> login = request.identity()
                .flatMap(t -> t.claims().string("preferred_username"))
                .or(() -> request.user().flatMap(User::login));
        return login.map(l -> PATIENTS.get(l.toLowerCase(Locale.ROOT)))
                .map(id -> request.respond().addIdTokenClaim("extPatientId", id).build())
                .orElseGet(() -> HookResponse.empty(HookType.TOKEN));
    }

    /** Adds a {@code patientId} attribute statement for known patients. */
    public HookResponse saml(SamlRequest request) {
        Optional<String> login =
                request.user().flatMap(User::login).or(() -> request.assertion().nameId());
        return login.map(l -> PATIENTS.get(l.toLowerCase(Locale.ROOT)))
                .map(id -> request.respond().addAttribute("patientId", id).build())
                .orElseGet(() -> HookResponse.empty(HookType.SAML));
    }

    /**
     * Sign-ups: allowed only for e-mail domains in {@code HOOKS_ALLOWED_DOMAINS}. Progressive
     * profile: a submitted phone number is normalised to {@code +} and digits.
     */
    public HookResponse registration(RegistrationRequest request) {
        if (request.kind() == RegistrationRequest.Kind.PROGRESSIVE_PROFILE) {
            Profile submitted = request.userProfileUpdate().orElse(null);
            if (submitted != null) {
                for (String attribute : new String[] {"mobilePhone", "primaryPhone"}) {
                    Optional<String> phone = submitted.string(attribute);
                    if (phone.isPresent()) {
                        String normalised = normalisePhone(phone.get());
                        if (normalised.length() < 8) {
                            return request.respond()
                                    .deny(
                                            "Please enter a complete phone number.",
                                            ErrorCause.inBody(
                                                    "Enter the phone number with its country code.",
                                                    "INVALID_PHONE",
                                                    "data.userProfileUpdate." + attribute))
                                    .build();
                        }
                        return request.respond()
                                .updateProgressiveProfile(attribute, normalised)
                                .build();
                    }
                }
            }
            return request.respond().allow().build();
        }
        Profile profile = request.userProfile().orElse(null);
        String email = profile == null ? "" : profile.email().or(profile::login).orElse("");
        int at = email.lastIndexOf('@');
        String domain = at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!allowedDomains.contains(domain)) {
            return request.respond()
                    .deny(
                            "Sign-up is not open to your organisation.",
                            ErrorCause.inBody(
                                    "Use your work e-mail address ("
                                            + String.join(", ", new java.util.TreeSet<>(allowedDomains)) + ").",
                                    "INVALID_EMAIL_DOMAIN",
                                    "data.userProfile.email"))
                    .build();
        }
        return request.respond().allow().build();
    }

    /** Links to an existing Okta user when the login is known, else creates one. */
    public HookResponse userImport(UserImportRequest request) {
        String login = request.userProfile()
                .orElseThrow()
                .login()
                .or(() -> request.appUserProfile().orElseThrow().email())
                .orElse("")
                .toLowerCase(Locale.ROOT);
        String existing = OKTA_USERS.get(login);
        return existing != null
                ? request.respond().linkUser(existing).build()
                : request.respond().createUser().build();
    }

    /** VERIFIED when the password matches the legacy store's salted hash. */
    public HookResponse passwordImport(PasswordImportRequest request) {
        boolean matches = passwords.matches(
                request.credential().username(), request.credential().password());
        return request.respond().verified(matches).build();
    }

    /** Pretends to send the passcode (logging only a masked number) and reports SUCCESSFUL. */
    public HookResponse telephony(TelephonyRequest request) {
        String transactionId =
                "EX" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        LOG.info(
                "telephony: sent {} passcode for {} to {} (transaction {})",
                request.message().isVoice() ? "voice" : "SMS",
                request.purpose().name().toLowerCase(Locale.ROOT),
                Sanitize.forLog(request.message().maskedPhoneNumber()),
                transactionId);
        return request.respond().successful("EXAMPLE-SMS", transactionId).build();
    }

    /** Counts and logs received events by eventType (both values from the body are escaped for the log line). */
    public void events(EventDelivery delivery) {
        delivery.events().forEach(event -> {
            String type = event.eventType().orElse("unknown");
            eventCounts.computeIfAbsent(type, t -> new LongAdder()).increment();
            LOG.info(
                    "event: {} uuid={}",
                    Sanitize.forLog(type),
                    Sanitize.forLog(event.uuid().orElse(null)));
        });
    }

    /** Events received so far, by eventType. */
    public Map<String, Long> eventCounts() {
        Map<String, Long> counts = new TreeMap<>();
        eventCounts.forEach((type, count) -> counts.put(type, count.sum()));
        return counts;
    }

    static String normalisePhone(String phone) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (Character.isDigit(c) || (c == '+' && out.length() == 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
