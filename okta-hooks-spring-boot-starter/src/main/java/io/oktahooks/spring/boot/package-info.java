/**
 * Spring Boot 3 and 4 auto-configuration: a {@code HookEndpoint} built from {@code okta.hooks.*} properties and the application's handler beans, served on the application's web server.
 */
@NullMarked
package io.oktahooks.spring.boot;

import org.jspecify.annotations.NullMarked;
