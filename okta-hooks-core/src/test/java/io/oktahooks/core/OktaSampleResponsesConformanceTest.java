package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.oktahooks.core.error.ErrorCause;
import io.oktahooks.core.error.HookError;
import io.oktahooks.core.error.LocationType;
import io.oktahooks.core.internal.HookJson;
import io.oktahooks.core.passwordimport.PasswordImportResponseBuilder;
import io.oktahooks.core.registration.RegistrationResponseBuilder;
import io.oktahooks.core.saml.SamlAttribute;
import io.oktahooks.core.saml.SamlResponseBuilder;
import io.oktahooks.core.telephony.TelephonyResponseBuilder;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.core.token.ClaimPath;
import io.oktahooks.core.token.TokenResponseBuilder;
import io.oktahooks.core.userimport.UserImportResponseBuilder;
import io.oktahooks.testsupport.SharedFiles;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every response Okta documents can be produced with the SDK's builders, and the SDK's JSON equals
 * the sample as a JSON tree. Not produced: {@code telephony/response-failure-openapi.json}, which
 * the samples README flags as malformed against every schema.
 */
class OktaSampleResponsesConformanceTest {

    /** An Okta sample payload from {@code ../shared/okta-samples} (see {@link SharedFiles}). */
    private static JsonNode sample(String relative) {
        return HookJson.readTree(SharedFiles.bytes(SharedFiles.require("okta-samples/" + relative)));
    }

    private static void assertProduces(String sample, HookResponse response) {
        JsonNode expected = normaliseRemoveValues(sample(sample));
        assertThat(HookJson.readTree(response.toBytes())).as(sample).isEqualTo(expected);
    }

    /**
     * Okta documents two equivalent spellings of remove: without {@code value} and with
     * {@code "value": null}. The SDK writes the first; the comparison treats them as the same.
     */
    private static JsonNode normaliseRemoveValues(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("op").forEach(op -> {
            if ("remove".equals(op.get("op").asText())
                    && op.has("value")
                    && op.get("value").isNull()) {
                ((ObjectNode) op).remove("value");
            }
        });
        return copy;
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void tokenResponses() {
        assertProduces(
                "token/response-add-claims.json",
                TokenResponseBuilder.create()
                        .addIdTokenClaim("extPatientId", "1234")
                        .addAccessTokenClaim("external_guid", "F0384685-F87D-474B-848D-2058AC5655A7")
                        .build());
        assertProduces(
                "token/response-add-object-member.json",
                TokenResponseBuilder.create()
                        .addIdTokenClaim(ClaimPath.claim("employee_profile").member("department_id"), "4947")
                        .build());
        assertProduces(
                "token/response-add-array-element-index.json",
                TokenResponseBuilder.create()
                        .addIdTokenClaim(ClaimPath.claim("preferred_airports").element(3), "lax")
                        .build());
        assertProduces(
                "token/response-add-array-element-append.json",
                TokenResponseBuilder.create()
                        .addIdTokenClaim(ClaimPath.claim("preferred_airports").append(), "lax")
                        .build());
        assertProduces(
                "token/response-replace-claims.json",
                TokenResponseBuilder.create()
                        .replaceIdTokenClaim("extPatientId", "1234")
                        .replaceAccessTokenClaim("external_guid", "F0384685-F87D-474B-848D-2058AC5655A7")
                        .build());
        assertProduces(
                "token/response-replace-claims-openapi.json",
                TokenResponseBuilder.create()
                        .replaceIdTokenClaim("extPatientId", "1234")
                        .replaceIdTokenClaim("external_guid", "F0384685-F87D-474B-848D-2058AC5655A7")
                        .build());
        assertProduces(
                "token/response-replace-object-member.json",
                TokenResponseBuilder.create()
                        .replaceIdTokenClaim(ClaimPath.claim("employee_profile").member("email"), "anna@company.com")
                        .build());
        assertProduces(
                "token/response-modify-lifetime.json",
                TokenResponseBuilder.create()
                        .idTokenLifetime(Duration.ofSeconds(36000))
                        .accessTokenLifetime(Duration.ofSeconds(36000))
                        .build());
        assertProduces(
                "token/response-remove-claims.json",
                TokenResponseBuilder.create()
                        .removeIdTokenClaim("birthdate")
                        .removeAccessTokenClaim("external_guid")
                        .build());
        assertProduces(
                "token/response-remove-array-element.json",
                TokenResponseBuilder.create()
                        .removeIdTokenClaim(
                                ClaimPath.claim("preferred_airports").element(1))
                        .build());
        assertProduces(
                "token/response-remove-object-member.json",
                TokenResponseBuilder.create()
                        .removeIdTokenClaim(ClaimPath.claim("employee_profile").member("email"))
                        .build());
        assertProduces(
                "token/response-error.json",
                TokenResponseBuilder.create()
                        .error("Human-readable summary of the error")
                        .build());
    }

    @Test
    void samlResponses() {
        assertProduces(
                "saml/response-patch.json",
                SamlResponseBuilder.create()
                        .replaceAttributeValue("array", 1, "replacementValue")
                        .replaceAuthnContextClassRef("replacementValue")
                        .addAttribute("extPatientId", SamlAttribute.strings(SamlAttribute.BASIC, "4321"))
                        .sessionLifetime(Duration.ofSeconds(300))
                        .nextCommand()
                        .replaceSessionIndex("exampleSession")
                        .build());
        String foo = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/foo";
        ObjectNode attributes = HookJson.newObject();
        attributes.putObject("attributes").put("NameFormat", SamlAttribute.BASIC);
        assertProduces(
                "saml/response-uri-claims.json",
                SamlResponseBuilder.create()
                        .replaceAttributeValue(foo, 0, "replacementValue")
                        .replace(SamlResponseBuilder.claimPath(foo) + "/attributes", attributes)
                        .addAttribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/bar", "bearer")
                        .build());
    }

    @Test
    void registrationResponses() {
        assertProduces(
                "registration/response-classic-deny-2019.json",
                RegistrationResponseBuilder.create().deny().build());
        assertProduces(
                "registration/response-deny.json",
                RegistrationResponseBuilder.create().deny().build());
        assertProduces(
                "registration/response-ssr-allow.json",
                RegistrationResponseBuilder.create().allow().build());
        assertProduces(
                "registration/response-classic-error-2019.json",
                RegistrationResponseBuilder.create()
                        .error(
                                "Errors were found in the user profile",
                                ErrorCause.inBody(
                                        "You specified an invalid email domain",
                                        "INVALID_EMAIL_DOMAIN",
                                        "data.userProfile.login"))
                        .build());
        assertProduces(
                "registration/response-profile-update-multi.json",
                RegistrationResponseBuilder.create()
                        .updateUserProfile(ordered("middleName", "Danger", "customerId", 12345))
                        .build());
        assertProduces(
                "registration/response-profile-update-two-commands.json",
                RegistrationResponseBuilder.create()
                        .updateUserProfile("middleName", "Danger")
                        .updateUserProfile("customerId", 12345)
                        .build());
        assertProduces(
                "registration/response-ssr-profile-update.json",
                RegistrationResponseBuilder.create()
                        .updateUserProfile("login", "first.last@example.com")
                        .build());
        assertProduces(
                "registration/response-ssr-deny.json",
                RegistrationResponseBuilder.create()
                        .deny(
                                "Incorrect email address. Please contact your admin.",
                                ErrorCause.inBody(
                                        "Only example.com emails can register.",
                                        "INVALID_EMAIL_DOMAIN",
                                        "data.userProfile.email"))
                        .build());
        assertProduces(
                "registration/response-progressive-profile-update.json",
                RegistrationResponseBuilder.create()
                        .updateProgressiveProfile("employeeNumber", "1234")
                        .build());
        assertProduces(
                "registration/response-progressive-profile-deny.json",
                RegistrationResponseBuilder.create()
                        .deny(
                                "Incorrect employee number. Enter an employee number with 4 digits.",
                                ErrorCause.builder("Only employee numbers with 4 digits can register.")
                                        .reason("INVALID_EMPLOYEE_NUMBER")
                                        .location(LocationType.BODY, "data.userProfile.employeeNumber")
                                        .domain("end-user")
                                        .build())
                        .build());
    }

    @Test
    void userImportResponses() {
        assertProduces(
                "import/response-app-user-profile-update.json",
                UserImportResponseBuilder.create()
                        .updateAppUserProfile("firstName", "Stan")
                        .build());
        assertProduces(
                "import/response-app-user-profile-update-multi.json",
                UserImportResponseBuilder.create()
                        .updateAppUserProfile(ordered("firstName", "Stan", "lastName", "Lee"))
                        .build());
        assertProduces(
                "import/response-user-profile-update.json",
                UserImportResponseBuilder.create()
                        .updateUserProfile("firstName", "Stan")
                        .build());
        assertProduces(
                "import/response-create-user.json",
                UserImportResponseBuilder.create().createUser().build());
        assertProduces(
                "import/response-link-user.json",
                UserImportResponseBuilder.create()
                        .linkUser("00garwpuyxHaWOkdV0g3")
                        .build());
        assertProduces(
                "import/response-error.json",
                UserImportResponseBuilder.create()
                        .error("Error at third-party service. Please contact your admin.")
                        .build());
        assertProduces("import/response-empty.json", HookResponse.empty(HookType.USER_IMPORT));
    }

    @Test
    void passwordImportResponses() {
        assertProduces(
                "password-import/response-verified.json",
                PasswordImportResponseBuilder.create().verified().build());
        assertProduces(
                "password-import/response-unverified.json",
                PasswordImportResponseBuilder.create().unverified().build());
    }

    @Test
    void telephonyResponses() {
        assertProduces(
                "telephony/response-success.json",
                TelephonyResponseBuilder.create()
                        .action(
                                TelephonyStatus.SUCCESSFUL,
                                "VONAGE",
                                "SM49a8ece2822d44e4adaccd7ed268f954",
                                "Duration=300ms")
                        .build());
        assertProduces(
                "telephony/response-failure.json",
                TelephonyResponseBuilder.create()
                        .error(HookError.of(
                                "Failed to deliver SMS OTP to test.user@okta.com",
                                ErrorCause.builder("Provider could not deliver OTP")
                                        .reason("The content of the message is not supported")
                                        .location("South Africa")
                                        .build()))
                        .build());
    }

    @Test
    void eventHookVerificationResponse() {
        assertProduces("event-hook/verification-response.json", HookResponse.verification("value_from_header"));
    }
}
