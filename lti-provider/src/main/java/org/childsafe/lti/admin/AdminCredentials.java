package org.childsafe.lti.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Checks the tool administrator's user name and password.
 *
 * <p>Until {@link AdminPasswordBootstrap} has run (or when the database never became ready) every check fails:
 * there is no default password. The user name is compared with {@link MessageDigest#isEqual} and the password
 * hash is derived even when the name is wrong, so timing reveals neither.
 */
@ApplicationScoped
public class AdminCredentials {

    @Inject
    AdminConfig config;

    private volatile PasswordHash hash;

    protected AdminCredentials() {
    }

    /** For tests: credentials with a known user name and hash. */
    AdminCredentials(AdminConfig config, PasswordHash hash) {
        this.config = config;
        this.hash = hash;
    }

    /** Whether a password is in place, i.e. sign-in can succeed at all. */
    public boolean isReady() {
        return hash != null;
    }

    /** Whether these are the tool administrator's credentials. */
    public boolean verify(String username, char[] password) {
        PasswordHash current = hash;
        if (current == null) {
            return false;
        }
        boolean nameMatches = MessageDigest.isEqual(bytes(username), bytes(config.username()));
        boolean passwordMatches = current.matches(password == null ? new char[0] : password);
        return nameMatches && passwordMatches;
    }

    void use(PasswordHash hash) {
        this.hash = hash;
    }

    private static byte[] bytes(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }
}
