package org.childsafe.lti.registration.domain;

/** How a platform registration came to exist; shown to admins and kept for audit. */
public enum RegistrationOrigin {
    /** Typed in by a tool administrator. */
    MANUAL,
    /** Created by LTI Dynamic Registration 1.0 from the platform's tool-URL flow. */
    DYNAMIC,
    /** The built-in demo platform (demo mode only). */
    DEMO
}
