/**
 * Jakarta Servlet adapter: serves a {@code HookEndpoint} from any Servlet 6 container by translating the servlet request and reply, and nothing more.
 */
@NullMarked
package io.oktahooks.servlet;

import org.jspecify.annotations.NullMarked;
