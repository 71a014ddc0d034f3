package io.oktahooks.core;

import java.nio.charset.StandardCharsets;

/** The project's own request payloads for core tests: small, realistic, one per hook type. */
public final class Payloads {

    private Payloads() {}

    public static final String TOKEN = """
            {
              "eventId": "tKx9vY2aQfu3Hq1ZsN0bLw",
              "eventTime": "2026-03-02T10:15:30.000Z",
              "eventType": "com.okta.oauth2.tokens.transform",
              "eventTypeVersion": "1.0",
              "cloudEventVersion": "0.1",
              "contentType": "application/json",
              "source": "https://acme.okta.example/oauth2/ausclinic1/v1/authorize",
              "data": {
                "context": {
                  "request": {"id": "reqA1b2C3", "method": "GET", "url": {"value": "https://acme.okta.example/oauth2/ausclinic1/v1/authorize"}, "ipAddress": "203.0.113.7"},
                  "protocol": {
                    "type": "OAUTH2.0",
                    "request": {"scope": "openid profile", "state": "s1", "redirect_uri": "https://clinic.example/cb", "response_mode": "query", "response_type": "code", "client_id": "0oaclinicweb", "grant_type": "authorization_code"},
                    "issuer": {"uri": "https://acme.okta.example/oauth2/ausclinic1"},
                    "client": {"id": "0oaclinicweb", "name": "Clinic Web", "type": "CONFIDENTIAL"}
                  },
                  "session": {"id": "102sessA", "userId": "00ujessie1", "login": "jessie.smith@example.com", "status": "ACTIVE", "amr": ["PASSWORD", "MFA"], "idp": {"id": "00oidp1", "type": "OKTA"}, "mfaActive": true},
                  "user": {"id": "00ujessie1", "profile": {"login": "jessie.smith@example.com", "firstName": "Jessie", "lastName": "Smith", "locale": "en", "timeZone": "Europe/Berlin"}},
                  "policy": {"id": "00pclinic", "rule": {"id": "0prclinic"}}
                },
                "identity": {
                  "claims": {"sub": "00ujessie1", "email": "jessie.smith@example.com", "preferred_username": "jessie.smith@example.com", "roles": ["nurse"], "profile": {"ward": "B"}},
                  "token": {"lifetime": {"expiration": 3600}}
                },
                "access": {
                  "claims": {"sub": "jessie.smith@example.com", "aud": "api://clinic", "cid": "0oaclinicweb", "tier": "gold"},
                  "token": {"lifetime": {"expiration": 3600}},
                  "scopes": {"openid": {"id": "scpopenid", "action": "GRANT"}}
                }
              }
            }""";

    /** A client-credentials token call: no user, no session, no ID token. */
    public static final String TOKEN_CLIENT_CREDENTIALS = """
            {
              "eventId": "cc-1", "eventType": "com.okta.oauth2.tokens.transform",
              "data": {
                "context": {"protocol": {"type": "OAUTH2.0", "request": {"grant_type": "client_credentials", "client_id": "0oaservice", "scope": "reports.read"}}},
                "access": {"claims": {"sub": "0oaservice", "cid": "0oaservice"}, "token": {"lifetime": {"expiration": 600}}, "scopes": {"reports.read": {"id": "scp1", "action": "GRANT"}}}
              }
            }""";

    public static final String SAML = """
            {
              "eventId": "saml-1", "eventType": "com.okta.saml.tokens.transform", "eventTypeVersion": "1.0", "cloudEventVersion": "0.1",
              "data": {
                "context": {"user": {"id": "00ukim", "profile": {"login": "kim.sato@example.com"}}, "protocol": {"type": "SAML2.0", "issuer": {"id": "0oasaml", "name": "Records", "uri": "http://www.okta.com/exk1"}}},
                "assertion": {
                  "subject": {"nameId": "kim.sato@example.com", "nameFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"},
                  "authentication": {"sessionIndex": "id1", "authnContext": {"authnContextClassRef": "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"}},
                  "conditions": {"audienceRestriction": ["urn:records:sp"]},
                  "claims": {"department": {"attributes": {"NameFormat": "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"}, "attributeValues": [{"attributes": {"xsi:type": "xs:string"}, "value": "radiology"}]}},
                  "lifetime": {"expiration": 300}
                }
              }
            }""";

    public static final String REGISTRATION_SSR = """
            {
              "eventId": "reg-1", "eventType": "com.okta.user.pre-registration", "eventTypeVersion": "1.0", "cloudEventVersion": "0.1",
              "requestType": "self.service.registration",
              "data": {
                "context": {"request": {"method": "POST", "url": {"value": "/idp/idx/enroll/new"}, "ipAddress": "198.51.100.4"}},
                "userProfile": {"firstName": "Rajiv", "lastName": "Tal", "email": "rajiv.tal@example.com", "login": "rajiv.tal@example.com"},
                "action": "ALLOW"
              }
            }""";

    public static final String REGISTRATION_PROGRESSIVE = """
            {
              "eventId": "reg-2", "eventType": "com.okta.user.pre-registration", "requestType": "progressive.profile",
              "data": {
                "context": {"request": {"method": "POST", "url": {"value": "/idp/idx/enroll/update"}}, "user": {"id": "00urajiv", "profile": {"login": "rajiv.tal@example.com"}}},
                "userProfileUpdate": {"mobilePhone": "+49 (151) 2345-6789"},
                "action": "ALLOW"
              }
            }""";

    public static final String USER_IMPORT = """
            {
              "eventId": "imp-1", "eventType": "com.okta.import.transform", "source": "cal1",
              "data": {
                "context": {"conflicts": [], "application": {"name": "hr_app", "id": "0oahr", "label": "HR", "status": "ACTIVE"}, "job": {"id": "ij1", "type": "import:users"}, "matches": [], "policy": ["EMAIL"]},
                "action": {"result": "CREATE_USER"},
                "appUser": {"profile": {"userName": "kim.sato", "email": "kim.sato@example.com", "phone": null}},
                "user": {"profile": {"login": "kim.sato@example.com", "email": "kim.sato@example.com", "firstName": "Kim"}}
              }
            }""";

    public static final String PASSWORD_IMPORT = """
            {
              "eventId": "pw-1", "eventType": "com.okta.user.credential.password.import", "eventTypeVersion": "1.0",
              "data": {
                "context": {"request": {"method": "POST", "url": {"value": "/idp/idx/challenge/answer"}}, "credential": {"username": "jessie.smith@example.com", "password": "Tr0ub4dor&3-horse"}},
                "action": {"credential": "UNVERIFIED"}
              }
            }""";

    public static final String TELEPHONY = """
            {
              "eventId": "tel-1", "eventType": "com.okta.telephony.provider", "requestType": "com.okta.user.telephony.mfa-verification",
              "data": {
                "context": {"request": {"method": "POST"}},
                "userProfile": {"firstName": "Kim", "lastName": "Sato", "login": "kim.sato@example.com", "userId": "00ukim"},
                "messageProfile": {"msgTemplate": "Your code is 482913", "phoneNumber": "+15551234567", "otpExpires": "2026-03-02T10:20:00.000Z", "deliveryChannel": "SMS", "otpCode": "482913", "locale": "EN-US"}
              }
            }""";

    public static final String EVENTS = """
            {
              "eventType": "com.okta.event_hook", "eventTypeVersion": "1.0", "cloudEventsVersion": "0.1",
              "eventId": "9e3b4a7c-1f7e-4d55-9a51-2f3f6c6a0001", "eventTime": "2026-03-02T10:15:30.000Z",
              "source": "https://acme.okta.example/api/v1/eventHooks/whoclinic",
              "data": {"events": [
                {"uuid": "ev-1", "published": "2026-03-02T10:15:29.000Z", "eventType": "user.session.start", "severity": "INFO", "displayMessage": "User login to Okta",
                 "actor": {"id": "00ujessie1", "type": "User", "alternateId": "jessie.smith@example.com", "displayName": "Jessie Smith"},
                 "outcome": {"result": "SUCCESS"}, "target": [{"id": "0oa1", "type": "AppInstance"}], "client": {"ipAddress": "203.0.113.7"}},
                {"uuid": "ev-2", "published": "2026-03-02T10:15:30.000Z", "eventType": "user.lifecycle.deactivate", "severity": "INFO", "outcome": {"result": "SUCCESS"}}
              ]}
            }""";

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
