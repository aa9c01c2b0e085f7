package org.childsafe.lti.launch.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.launch.application.AuthorizationRedirect;
import org.childsafe.lti.launch.application.BrowserBinding;
import org.childsafe.lti.launch.application.LoginInitiationService;
import org.childsafe.lti.launch.application.LoginRequest;
import org.childsafe.lti.launch.application.PlatformStorage;
import org.childsafe.lti.launch.domain.InvalidLaunchException;

/**
 * Step 1 of the LTI 1.3 launch: OIDC third-party initiated login (IMS Security Framework §5.1.1.1, LTI Core
 * §4.1). Accepts GET and POST, stores the state server-side, sets the browser-binding cookie and redirects the
 * browser to the platform's authorization endpoint. When the platform offers LTI client-side storage
 * ({@code lti_storage_target}), a small page first puts the binding and the nonce into the platform's storage
 * frame (ADR 0009). Canvas names the deployment parameter {@code deployment_id};
 * both spellings are accepted.
 */
@WebServlet(urlPatterns = "/lti/login")
public class LoginInitiationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Request attribute with the parameters of the platform storage pages. */
    static final String STORAGE_PAGE = "ltiStorage";

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
            if (redirect.state().hasPlatformStorage()) {
                storeInPlatform(request, response, redirect, binding);
                return;
            }
            response.sendRedirect(redirect.toUri().toString());
        } catch (InvalidLaunchException e) {
            errorPage.show(request, response, e);
        }
    }

    /**
     * cs-oidc §3.1: the platform offered client-side storage, so the binding value (under {@code state_<state>})
     * and the nonce (under {@code nonce_<nonce>}) are also put there before the browser goes on to the
     * authorization endpoint; at launch they replace the cookie if the browser refused it.
     */
    private static void storeInPlatform(HttpServletRequest request, HttpServletResponse response,
                                        AuthorizationRedirect redirect, String binding) throws ServletException, IOException {
        Map<String, String> page = new LinkedHashMap<>();
        page.put("target", redirect.state().storageTarget());
        page.put("origin", PlatformStorage.origin(redirect.authUri()));
        page.put("stateKey", PlatformStorage.stateKey(redirect.state().state()));
        page.put("stateValue", binding);
        page.put("nonceKey", PlatformStorage.nonceKey(redirect.state().nonce()));
        page.put("nonceValue", redirect.state().nonce());
        page.put("continue", redirect.toUri().toString());
        request.setAttribute(STORAGE_PAGE, page);
        request.getRequestDispatcher("/lti/storage-put.xhtml").forward(request, response);
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
