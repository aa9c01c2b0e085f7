package org.childsafe.urlcheck.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.childsafe.lti.registration.domain.PublicId;

/**
 * {@code /p/urlcheck/<publicId>}: the address a school gives out for its public link checker (no LMS login). It
 * redirects to the Faces page {@code /p/urlcheck.xhtml?school=<publicId>} (whose postbacks and language links then
 * keep working), which finds the school; a malformed id is a 404 without a database look-up.
 */
@WebServlet(name = "UrlCheckPublicPage", urlPatterns = "/p/urlcheck/*")
public class PublicPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        if (!PublicId.isWellFormed(id)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = request.getParameter("lang") == null ? ""
                : "&lang=" + URLEncoder.encode(request.getParameter("lang"), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/p/urlcheck.xhtml?school=" + id + query);
    }
}
