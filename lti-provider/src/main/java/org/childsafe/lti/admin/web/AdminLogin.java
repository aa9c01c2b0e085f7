package org.childsafe.lti.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.admin.AdminCredentials;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.admin.LoginThrottle;
import org.childsafe.lti.audit.AuditLog;

/**
 * Backs {@code /admin/login.xhtml}: the tool administrator's sign-in, throttled per client address, and the
 * sign-out of any administrator. A successful sign-in gets a new session id (no session fixation), is audited
 * as {@code admin.sign-in}, and lands on the registrations page.
 */
@Named
@RequestScoped
public class AdminLogin {

    private static final String LOGIN_OUTCOME = "/admin/login?faces-redirect=true";

    @Inject
    AdminAccess access;

    @Inject
    AdminCredentials credentials;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    private String username;
    private String password;

    /** Signs in, or explains (as a global message) why not. */
    @Transactional
    public String login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.blockedFor(client);
        if (wait.isPresent()) {
            return fail(faces, "admin.login.throttled", Math.max(1, wait.get().toMinutes() + 1));
        }
        if (!credentials.isReady()) {
            return fail(faces, "admin.login.unavailable");
        }
        if (!credentials.verify(username, password == null ? new char[0] : password.toCharArray())) {
            throttle.failed(client);
            return fail(faces, "admin.login.invalid");
        }
        throttle.succeeded(client);
        access.signInToolAdmin(request);
        audit.record(AdminScope.TOOL_ADMIN_ACTOR, "admin.sign-in", "tool", null);
        return "/admin/registrations?faces-redirect=true";
    }

    /** Ends the administrator's session and returns to the sign-in page. */
    public String logout() {
        access.signOut((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        return LOGIN_OUTCOME;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Always {@code null}: a password is never written back into the page. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private static String fail(FacesContext faces, String key, Object... args) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String text = args.length == 0 ? bundle.getString(key)
                : new MessageFormat(bundle.getString(key), faces.getViewRoot().getLocale()).format(args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return null;
    }
}
