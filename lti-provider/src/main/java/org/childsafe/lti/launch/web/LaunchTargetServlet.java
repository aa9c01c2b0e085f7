package org.childsafe.lti.launch.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /launch/<widget>} is the target link URI platforms store for each activity. Opened directly, outside an
 * LTI launch, it explains that ChildSafe has to be opened from the course.
 */
@WebServlet(urlPatterns = "/launch/*")
public class LaunchTargetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        request.getRequestDispatcher("/error/session.xhtml").forward(request, response);
    }
}
