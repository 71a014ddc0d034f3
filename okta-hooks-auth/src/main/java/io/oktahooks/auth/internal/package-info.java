/** The auth module's own plumbing (token fingerprints for logs). Not API: not exported. */
package io.oktahooks.auth.internal;
