package org.childsafe.lti.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * An HTML page that POSTs fields to a URL by itself (OIDC {@code form_post} response mode), with a button for
 * browsers without script. Every value is HTML-escaped.
 */
public final class AutoPostForm {

    private AutoPostForm() {
    }

    public static void write(HttpServletResponse response, String action, Map<String, String> fields) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>…</title></head><body>");
        out.write("<form id=\"autopost\" method=\"post\" action=\"" + escape(action) + "\">");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            out.write("<input type=\"hidden\" name=\"" + escape(field.getKey()) + "\" value=\"" + escape(field.getValue()) + "\">");
        }
        out.write("<noscript><button type=\"submit\">Continue / Tiếp tục</button></noscript></form>");
        out.write("<script>document.getElementById('autopost').submit();</script></body></html>");
    }

    /** Minimal HTML attribute escaping. */
    public static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
