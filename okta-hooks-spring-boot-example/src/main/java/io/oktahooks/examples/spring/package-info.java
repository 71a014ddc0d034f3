/**
 * The Spring Boot example application: hook handlers as beans, served by the starter (not published).
 */
@NullMarked
package io.oktahooks.examples.spring;

import org.jspecify.annotations.NullMarked;
