package org.childsafe.lti.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Minimal {@link HttpServletRequest} and {@link HttpSession} doubles (dynamic proxies) for the methods the
 * admin code calls: headers, scheme/host/port, attributes, {@code getSession}. Any other call fails loudly, and
 * {@code getSession(true)} on a request without session is recorded so tests can prove none was created.
 */
public final class ServletDoubles {

    private ServletDoubles() {
    }

    /** A request; {@code sessionAttributes} {@code null} means "no session". */
    public static Request request(Map<String, Object> sessionAttributes) {
        return new Request(sessionAttributes);
    }

    /** The state behind a request double. */
    public static final class Request {

        public final Map<String, String> headers = new HashMap<>();
        public final Map<String, Object> attributes = new HashMap<>();
        public final Map<String, Object> sessionAttributes;
        public boolean sessionCreated;
        public String scheme = "https";
        public String serverName = "childsafe.school.edu.vn";
        public int serverPort = 443;

        Request(Map<String, Object> sessionAttributes) {
            this.sessionAttributes = sessionAttributes;
        }

        public Request header(String name, String value) {
            headers.put(name.toLowerCase(), value);
            return this;
        }

        public HttpServletRequest proxy() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> switch (method.getName()) {
                        case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "getScheme" -> scheme;
                        case "getServerName" -> serverName;
                        case "getServerPort" -> serverPort;
                        case "getSession" -> session(args == null || (Boolean) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private HttpSession session(boolean create) {
            if (sessionAttributes == null) {
                sessionCreated |= create;
                return null;
            }
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                    (self, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> sessionAttributes.get((String) args[0]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
