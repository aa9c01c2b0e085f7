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
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.childsafe.lti.launch.domain.InvalidLaunchException;
import org.childsafe.lti.launch.domain.LtiErrors;
import org.childsafe.lti.launch.infrastructure.JdbcSessionHandoffs;
import org.childsafe.lti.session.application.LtiSession;

/**
 * Where a launch validated through platform storage continues (ADR 0009). Such a browser refused the binding
 * cookie inside the LMS frame, so it may refuse the session cookie too:
 * <ol>
 * <li>in the frame, if the session did arrive, the hand-over code is consumed and the user goes on to the widget;</li>
 * <li>otherwise the page offers "open in a new window", linking here with {@code mode=window};</li>
 * <li>in that top-level window (first-party cookies) the code is consumed once and a new session is started with
 * the launch's attributes: nothing of the launch is lost and nothing is put in a URL but a single-use code.</li>
 * </ol>
 */
@WebServlet(urlPatterns = SessionHandoffServlet.PATH)
public class SessionHandoffServlet extends HttpServlet {

    /** This servlet's path. */
    public static final String PATH = "/lti/continue";
    /** Hand-over attribute with the path the launch leads to. */
    static final String TARGET = "org.childsafe.lti.handoff.target";
    /** Request attribute with the code, for the new-window page. */
    static final String CODE_ATTRIBUTE = "ltiHandoffCode";

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_.-]*");

    @Inject
    transient JdbcSessionHandoffs handoffs;

    @Inject
    transient LaunchErrorPage errorPage;

    @Inject
    transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String code = request.getParameter("code");
        if (code == null || !CODE.matcher(code).matches()) {
            expired(request, response);
            return;
        }
        boolean window = "window".equals(request.getParameter("mode"));
        HttpSession current = request.getSession(false);
        if (!window && (current == null || current.getAttribute(LtiSession.ATTRIBUTE) == null)) {
            request.setAttribute(CODE_ATTRIBUTE, code);
            request.getRequestDispatcher("/lti/continue.xhtml").forward(request, response);
            return;
        }
        Optional<Map<String, Serializable>> attributes = handoffs.take(code, clock.instant());
        Optional<String> target = attributes.map(a -> a.get(TARGET)).filter(String.class::isInstance).map(String.class::cast)
                .filter(path -> LOCAL_PATH.matcher(path).matches() && !path.startsWith("//"));
        if (target.isEmpty()) {
            expired(request, response);
            return;
        }
        if (window) {
            if (current != null) {
                current.invalidate();
            }
            HttpSession session = request.getSession(true);
            attributes.get().forEach((name, value) -> {
                if (!TARGET.equals(name)) {
                    session.setAttribute(name, value);
                }
            });
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + target.get());
    }

    private void expired(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        errorPage.show(request, response, new InvalidLaunchException(LtiErrors.HANDOFF_EXPIRED,
                "unknown, used or expired session hand-over code"));
    }
}
