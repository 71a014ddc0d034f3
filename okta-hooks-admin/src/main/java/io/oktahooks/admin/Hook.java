package io.oktahooks.admin;

/** What inline and event hooks share for registration by name. */
interface Hook {

    /** Okta's id. */
    String id();

    /** The display name. */
    String name();

    /** Whether the hook is active. */
    boolean active();
}
