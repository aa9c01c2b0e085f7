package org.childsafe.report.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a school's public report pages their short addresses: {@code /p/report/<publicId>} shows the report form
 * and {@code /p/report/<publicId>/case} the page to come back with code and passcode. It forwards to the Faces
 * views under {@value #VIEWS} with the public id as the {@code school} parameter; the views look the school up
 * and answer 404 for an unknown one. Anything else under {@code /p/report/} is 404 (a malformed id is never
 * echoed).
 */
@WebServlet(name = "PublicReportServlet", urlPatterns = "/p/report/*")
public class PublicReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the public Faces views live. */
    public static final String VIEWS = "/public/report/";

    private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9_-]{8,32})(/case)?/?");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String path = request.getPathInfo();
        Matcher matcher = path == null ? null : PATH.matcher(path);
        if (matcher == null || !matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String view = matcher.group(2) == null ? "form.xhtml" : "case.xhtml";
        request.getRequestDispatcher(VIEWS + view + "?school=" + matcher.group(1)).forward(request, response);
    }
}
