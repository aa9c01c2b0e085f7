package org.childsafe.lti.launch.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.childsafe.lti.admin.LtiAdminPrincipalSource;
import org.childsafe.lti.config.ToolConfig;
import org.childsafe.lti.deeplinking.DeepLinkingSettings;
import org.childsafe.lti.deeplinking.PendingDeepLinking;
import org.childsafe.lti.launch.application.BrowserBindingResolver;
import org.childsafe.lti.launch.application.BrowserBindingResolver.FetchFromStorage;
import org.childsafe.lti.launch.application.BrowserBindingResolver.OfferNewWindow;
import org.childsafe.lti.launch.application.BrowserBindingResolver.Outcome;
import org.childsafe.lti.launch.application.BrowserBindingResolver.Proceed;
import org.childsafe.lti.launch.application.LaunchResponse;
import org.childsafe.lti.launch.application.PlatformStorage;
import org.childsafe.lti.launch.application.RegistrationDirectory;
import org.childsafe.lti.launch.application.StateStore;
import org.childsafe.lti.launch.infrastructure.JdbcSessionHandoffs;
import org.childsafe.lti.launch.domain.RegistrationRef;
import org.childsafe.lti.launch.application.LaunchService;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LaunchClaims;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.domain.LtiMessageType;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.plugin.Widget;
import org.childsafe.lti.plugin.WidgetCatalog;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LaunchSessionService;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.lti.web.LocaleSelector;

/**
 * Step 3 of the LTI 1.3 launch: the platform form-POSTs {@code id_token} and {@code state} here (the registered
 * redirect URI, IMS Security Framework §5.1.1.3). Everything is validated before anything is created; only then
 * are the user and course recorded and a brand-new HTTP session started (the old one, if any, is invalidated:
 * no session fixation, nothing inherited from another launch). The browser is then sent to the widget.
 *
 * <p>A Deep Linking request (Deep Linking 2.0 §4.4) is accepted only from instructors, administrators and content
 * developers ({@link LtiErrors#DEEP_LINKING_FORBIDDEN} otherwise); its settings are kept in the new session as a
 * {@link PendingDeepLinking} and the browser is sent to the picker {@value #PICKER}.
 *
 * <p>Without the binding cookie (third-party cookies blocked in the LMS frame) the binding is read from the
 * platform's client-side storage when the login offered it, else a new window is offered; see
 * {@link BrowserBindingResolver} and ADR 0009.
 */
@WebServlet(urlPatterns = "/lti/launch")
public class LaunchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The deep-linking picker page. */
    public static final String PICKER = "/dl/pick.xhtml";

    /** Request attribute with the login query that restarts the launch in a new window. */
    static final String RELAUNCH = "ltiRelaunch";

    private static final Logger LOG = Logger.getLogger(LaunchServlet.class.getName());

    @Inject
    transient LaunchService launches;

    @Inject
    transient LaunchSessionService sessions;

    @Inject
    transient WidgetCatalog widgets;

    @Inject
    transient ToolConfig config;

    @Inject
    transient LaunchErrorPage errorPage;

    @Inject
    transient StateStore states;

    @Inject
    transient RegistrationDirectory directory;

    @Inject
    transient Clock clock;

    @Inject
    transient JdbcSessionHandoffs handoffs;

    @Inject
    transient LaunchMetrics metrics;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String state = request.getParameter("state");
        // The binding came from platform storage: this frame refused our cookie, so the session cookie may be refused
        // too; the new session is then also handed over through a single-use code (SessionHandoffServlet).
        boolean cookieless = state != null && BindingCookie.read(request, state) == null
                && request.getParameter("lti_storage_binding") != null;
        try {
            Outcome binding = BrowserBindingResolver.resolve(request.getParameter("error"), BindingCookie.read(request, state),
                    request.getParameter("lti_storage_binding"), request.getParameter("lti_storage_error"), state,
                    s -> states.pending(s, clock.instant()));
            if (!(binding instanceof Proceed proceed)) {
                answerWithoutBinding(request, response, binding);
                return;
            }
            LaunchClaims claims = launches.launch(new LaunchResponse(request.getParameter("id_token"), state,
                    request.getParameter("error"), request.getParameter("error_description"), proceed.binding()));
            if (claims.messageType() == LtiMessageType.DEEP_LINKING) {
                startDeepLinking(request, response, claims, state, cookieless);
                return;
            }
            Widget widget = widgets.route(URI.create(claims.targetLinkUri()), claims.custom())
                    .orElseThrow(() -> new InvalidLaunchException(LtiErrors.UNKNOWN_WIDGET, "no widget for the target link"));
            LaunchIdentity identity = openSession(claims, widget.id());
            startSession(request, identity, claims);
            if (state != null) {
                BindingCookie.clear(response, request.getContextPath(), state, config.cookieSecure());
            }
            metrics.accepted(claims.messageType(), widget.id());
            sendTo(request, response, widget.entryPage(), cookieless);
        } catch (InvalidLaunchException e) {
            errorPage.show(request, response, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        errorPage.show(request, response, new InvalidLaunchException(LtiErrors.MISSING_ID_TOKEN, "launch URL opened with GET"));
    }

    /**
     * No binding cookie came with the response (ADR 0009): read the binding from the platform's storage, offer a
     * new window, or, when the storage answered from a foreign origin, refuse (the state is consumed).
     */
    private void answerWithoutBinding(HttpServletRequest request, HttpServletResponse response, Outcome binding)
            throws ServletException, IOException {
        if (binding instanceof FetchFromStorage fetch) {
            Optional<RegistrationRef> registration = directory.findById(fetch.state().registrationId());
            if (registration.isPresent()) {
                Map<String, String> page = new LinkedHashMap<>();
                page.put("target", fetch.state().storageTarget());
                page.put("origin", PlatformStorage.origin(registration.get().authUri()));
                page.put("stateKey", PlatformStorage.stateKey(fetch.state().state()));
                page.put("idToken", String.valueOf(request.getParameter("id_token")));
                page.put("state", fetch.state().state());
                request.setAttribute(LoginInitiationServlet.STORAGE_PAGE, page);
                request.getRequestDispatcher("/lti/storage-get.xhtml").forward(request, response);
                return;
            }
            binding = new OfferNewWindow(Optional.ofNullable(fetch.state().relaunchQuery()));
        }
        if (binding instanceof OfferNewWindow offer) {
            offer.relaunchQuery().ifPresent(query -> request.setAttribute(RELAUNCH, query));
            LOG.info("Launch without binding cookie or platform storage: offering a new window");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            request.getRequestDispatcher("/lti/new-window.xhtml").forward(request, response);
            return;
        }
        launches.refuseForeignStorage(request.getParameter("state"));
    }

    /**
     * Records the launch; if two first launches of the same user or course race, the loser's insert hits the
     * unique key and its transaction rolls back: one retry then finds the row the winner created.
     */
    private LaunchIdentity openSession(LaunchClaims claims, String widgetId) {
        try {
            return sessions.open(claims, widgetId);
        } catch (PersistenceException | TransactionalException e) {
            LOG.fine(() -> "Retrying a launch that raced with another: " + e.getClass().getSimpleName());
            return sessions.open(claims, widgetId);
        }
    }

    /** Deep Linking 2.0 §4.4: staff only (a policy choice, LTI checklist §2.5); the picker answers later. */
    private void startDeepLinking(HttpServletRequest request, HttpServletResponse response, LaunchClaims claims,
                                  String state, boolean cookieless) {
        if (!claims.has(ToolRole.INSTRUCTOR) && !claims.has(ToolRole.ADMINISTRATOR)) {
            throw new InvalidLaunchException(LtiErrors.DEEP_LINKING_FORBIDDEN, "deep linking by a non-staff user");
        }
        DeepLinkingSettings settings = DeepLinkingSettings.from(claims);
        LaunchIdentity identity = openSession(claims, null);
        startSession(request, identity, claims);
        request.getSession().setAttribute(PendingDeepLinking.SESSION_ATTRIBUTE, new PendingDeepLinking(settings));
        if (state != null) {
            BindingCookie.clear(response, request.getContextPath(), state, config.cookieSecure());
        }
        metrics.accepted(claims.messageType(), "picker");
        sendTo(request, response, PICKER, cookieless);
    }

    /** Sends the browser on to the page of the launch, through the session hand-over when cookies are refused. */
    private void sendTo(HttpServletRequest request, HttpServletResponse response, String path, boolean cookieless) {
        String location = request.getContextPath() + path;
        if (cookieless) {
            HttpSession session = request.getSession();
            Map<String, Serializable> attributes = new LinkedHashMap<>();
            // Only the tool's own launch attributes: the container keeps other things in the session too.
            for (String name : Collections.list(session.getAttributeNames())) {
                if (name.startsWith("org.childsafe.") && session.getAttribute(name) instanceof Serializable value) {
                    attributes.put(name, value);
                }
            }
            attributes.put(SessionHandoffServlet.TARGET, path);
            location = request.getContextPath() + SessionHandoffServlet.PATH + "?code=" + handoffs.put(attributes, clock.instant());
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static void startSession(HttpServletRequest request, LaunchIdentity identity, LaunchClaims claims) {
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(LtiSession.ATTRIBUTE, identity);
        session.setAttribute(LtiSession.CUSTOM_ATTRIBUTE,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(claims.custom())));
        if (claims.locale() != null) {
            session.setAttribute(LocaleSelector.LAUNCH_LOCALE_ATTRIBUTE, claims.locale());
        }
        if (identity.has(ToolRole.ADMINISTRATOR)) {
            session.setAttribute(LtiAdminPrincipalSource.REGISTRATION_ID_ATTRIBUTE, identity.registrationId());
            if (identity.userId() != null) {
                session.setAttribute(LtiAdminPrincipalSource.USER_ID_ATTRIBUTE, identity.userId());
            }
        }
    }
}
