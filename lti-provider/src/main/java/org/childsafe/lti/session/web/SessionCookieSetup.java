package org.childsafe.lti.session.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.childsafe.lti.config.ToolConfig;

/**
 * The session cookie must reach the tool inside a cross-site LMS iframe: {@code SameSite=None} (set by
 * {@code WEB-INF/payara-web.xml}, Payara ignores the Servlet 6 cookie attribute) with {@code Secure} (browsers
 * refuse {@code None} without it; they accept {@code Secure} on {@code localhost}), and {@code HttpOnly}.
 * {@code tool.cookie.secure=false} exists only for plain-HTTP test clients.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    /** Name of the session cookie; distinct from other apps on a shared host. */
    public static final String COOKIE_NAME = "CHILDSAFE_SESSION";

    @Inject
    ToolConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName(COOKIE_NAME);
        cookie.setHttpOnly(true);
        cookie.setSecure(config.cookieSecure());
        cookie.setPath("/");
    }
}
