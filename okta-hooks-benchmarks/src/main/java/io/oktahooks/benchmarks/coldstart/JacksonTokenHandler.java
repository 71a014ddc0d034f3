package io.oktahooks.benchmarks.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

/**
 * The baseline: the token hook written by hand for Lambda with Jackson, as a user would without the
 * SDK (constant-time Basic compare, tree parse, the patch built by hand). It checks far less than
 * the SDK does (no body cap, no content type, no hardened parsing, no response rules).
 */
public final class JacksonTokenHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final ObjectMapper mapper = new ObjectMapper();
    private final byte[] expected = ("Basic "
                    + Base64.getEncoder()
                            .encodeToString(
                                    (ColdStart.USER + ":" + ColdStart.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);

    /** The token hook response adding {@code extPatientId} to the ID token, built by hand (also the JMH baseline's). */
    public static ObjectNode patch(ObjectMapper mapper, String patientId) {
        ObjectNode response = mapper.createObjectNode();
        ObjectNode command = response.putArray("commands").addObject();
        command.put("type", "com.okta.identity.patch");
        ObjectNode op = command.putArray("value").addObject();
        op.put("op", "add");
        op.put("path", "/claims/extPatientId");
        op.put("value", patientId);
        return response;
    }

    /** Answers the token hook call. */
    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String authorization =
                event.getHeaders() == null ? null : event.getHeaders().get("authorization");
        if (authorization == null || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(401).build();
        }
        try {
            JsonNode root = mapper.readTree(
                    event.getIsBase64Encoded()
                            ? new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8)
                            : event.getBody());
            String user = root.at("/data/identity/claims/preferred_username").asText(null);
            String patientId = user == null ? null : ColdStart.PATIENTS.get(user);
            if (patientId == null) {
                return APIGatewayV2HTTPResponse.builder().withStatusCode(204).build();
            }
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withBody(mapper.writeValueAsString(patch(mapper, patientId)))
                    .build();
        } catch (JsonProcessingException e) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(400).build();
        }
    }
}
