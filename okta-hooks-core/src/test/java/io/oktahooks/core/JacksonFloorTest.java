package io.oktahooks.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The start-up check of the Jackson an application really runs with. */
class JacksonFloorTest {

    private static Version v(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }

    @Test
    void springBoot35sJacksonIsNamedWithTheWayToRaiseIt() {
        assertThat(JacksonFloor.problem(v(2, 19, 2)))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains(
                                "jackson-databind 2.19.2",
                                "below 2.21.1",
                                "jackson-bom.version",
                                "com.fasterxml.jackson:jackson-bom"));
    }

    @Test
    void theFloorAndEverythingAboveItIsQuiet() {
        assertThat(JacksonFloor.problem(v(2, 21, 1))).isEmpty();
        assertThat(JacksonFloor.problem(v(2, 21, 7))).isEmpty();
        assertThat(JacksonFloor.problem(v(2, 22, 1))).isEmpty();
        assertThat(JacksonFloor.problem(v(2, 23, 0))).isEmpty();
        assertThat(JacksonFloor.problem(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION))
                .as("the build's own Jackson")
                .isEmpty();
    }

    @Test
    void belowTheFloorOnEachLineWarns() {
        assertThat(JacksonFloor.problem(v(2, 21, 0))).isPresent();
        assertThat(JacksonFloor.problem(v(2, 22, 0))).isPresent();
        assertThat(JacksonFloor.problem(v(2, 12, 7))).isPresent();
    }

    @Test
    void anUnknownVersionIsNotGuessedAt() {
        assertThat(JacksonFloor.problem(Version.unknownVersion())).isEmpty();
        assertThat(JacksonFloor.problem(null)).isEmpty();
    }

    @Test
    void buildingEndpointsChecksOnceAndStaysQuietOnAGoodJackson() {
        String logs = EndpointFixtures.logsOf(() -> {
            for (int i = 0; i < 2; i++) {
                HookEndpoint.builder()
                        .authenticator(HookAuthenticator.insecureAcceptAll())
                        .token(request -> HookResponse.empty(HookType.TOKEN))
                        .build()
                        .close();
            }
        });
        assertThat(logs).doesNotContain("jackson-databind");
    }
}
