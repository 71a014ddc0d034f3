package io.oktahooks.spring.boot;

import io.oktahooks.core.EventHandler;
import io.oktahooks.core.HookHandler;
import io.oktahooks.core.HookResponse;
import io.oktahooks.core.HookType;
import io.oktahooks.core.context.User;
import io.oktahooks.core.event.EventDelivery;
import io.oktahooks.core.passwordimport.PasswordImportRequest;
import io.oktahooks.core.registration.RegistrationRequest;
import io.oktahooks.core.saml.SamlRequest;
import io.oktahooks.core.telephony.TelephonyRequest;
import io.oktahooks.core.telephony.TelephonyStatus;
import io.oktahooks.core.token.TokenRequest;
import io.oktahooks.core.userimport.UserImportRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a user writes: handler beans, one per hook type served. */
final class Handlers {

    static final String USER = "boot-hooks";
    static final String PASSWORD = "a-long-enough-boot-password";

    private Handlers() {}

    /** A token hook only: the smallest application. */
    @Configuration(proxyBeanMethods = false)
    static class Token {
        @Bean
        HookHandler<TokenRequest> tokenHook() {
            return request -> request.user()
                    .flatMap(User::login)
                    .filter(login -> login.startsWith("jessie"))
                    .map(login -> request.respond()
                            .addIdTokenClaim("extPatientId", "1235")
                            .build())
                    .orElse(HookResponse.empty(HookType.TOKEN));
        }
    }

    /** Event hooks, recording what reaches the handler. */
    @Configuration(proxyBeanMethods = false)
    static class Events {
        @Bean
        Received received() {
            return new Received();
        }

        @Bean
        EventHandler eventHook(Received received) {
            return received.deliveries::add;
        }
    }

    /** Every other hook type. */
    @Configuration(proxyBeanMethods = false)
    static class AllOthers {
        @Bean
        HookHandler<SamlRequest> samlHook() {
            return request ->
                    request.respond().addAttribute("patientId", "6789").build();
        }

        @Bean
        HookHandler<RegistrationRequest> registrationHook() {
            return request -> request.respond().allow().build();
        }

        @Bean
        HookHandler<UserImportRequest> userImportHook() {
            return request -> request.respond().createUser().build();
        }

        @Bean
        HookHandler<PasswordImportRequest> passwordImportHook() {
            return request -> request.respond()
                    .verified(request.credential().passwordEquals("Blue-Heron-42"))
                    .build();
        }

        @Bean
        HookHandler<TelephonyRequest> telephonyHook() {
            return request -> request.respond()
                    .action(TelephonyStatus.SUCCESSFUL, "TEST", "tx-1", null)
                    .build();
        }
    }

    /** The event deliveries the handler received. */
    static final class Received {
        final List<EventDelivery> deliveries = new CopyOnWriteArrayList<>();
    }
}
