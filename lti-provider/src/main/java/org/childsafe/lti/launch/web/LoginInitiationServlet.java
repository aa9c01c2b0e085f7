package org.childsafe.lti.launch.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.launch.application.AuthorizationRedirect;
import org.childsafe.lti.launch.application.BrowserBinding;
import org.childsafe.lti.launch.application.LoginInitiationService;
import org.childsafe.lti.launch.application.LoginRequest;
import org.childsafe.lti.launch.domain.InvalidLaunchException;

/**
 * Step 1 of the LTI 1.3 launch: OIDC third-party initiated login (IMS Security Framework §5.1.1.1, LTI Core
 * §4.1). Accepts GET and POST, stores the state server-side, sets the browser-binding cookie and redirects the
 * browser to the platform's authorization endpoint. Canvas names the deployment parameter {@code deployment_id};
 * both spellings are accepted.
 */
@WebServlet(urlPatterns = "/lti/login")
public class LoginInitiationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LoginInitiationService logins;

    @Inject
    transient ToolConfig config;

    @Inject
    transient LaunchErrorPage errorPage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        initiate(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        initiate(request, response);
    }

    private void initiate(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String binding = BrowserBinding.newCookieValue();
        try {
            AuthorizationRedirect redirect = logins.initiate(new LoginRequest(
                    request.getParameter("iss"),
                    request.getParameter("login_hint"),
                    request.getParameter("target_link_uri"),
                    request.getParameter("lti_message_hint"),
                    request.getParameter("client_id"),
                    firstPresent(request.getParameter("lti_deployment_id"), request.getParameter("deployment_id")),
                    request.getParameter("lti_storage_target"),
                    binding));
            BindingCookie.set(response, request.getContextPath(), redirect.state().state(), binding,
                    config.stateTtl(), config.cookieSecure());
            response.sendRedirect(redirect.toUri().toString());
        } catch (InvalidLaunchException e) {
            errorPage.show(request, response, e);
        }
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
