/**
 * Who may administer the tool, and how far. Two kinds of administrator exist: the <em>tool administrator</em>
 * (one account from configuration, every registration) and an <em>LTI administrator</em> (a user the platform
 * launched with the Administrator role, limited to that platform's registration). {@link
 * org.childsafe.lti.admin.AdminAccess} resolves a request into an {@link org.childsafe.lti.admin.AdminScope};
 * the password of the tool administrator is kept only as a PBKDF2 hash ({@link
 * org.childsafe.lti.admin.PasswordHash}) and guessing is slowed by the {@link org.childsafe.lti.admin.LoginThrottle}.
 */
package org.childsafe.lti.admin;
