/**
 * The SDK's core: {@link io.oktahooks.core.HookEndpoint} (the framework-neutral HTTP face of a hook
 * service), {@link io.oktahooks.core.HookType}, the handler interfaces, the response model
 * ({@link io.oktahooks.core.HookResponse} and its builders) and the authentication SPI
 * ({@link io.oktahooks.core.HookAuthenticator}). The data of a call flows one way: bytes, endpoint,
 * authenticator, parser, typed request, handler, typed response, size check, bytes.
 */
@NullMarked
package io.oktahooks.core;

import org.jspecify.annotations.NullMarked;
