package org.childsafe.urlcheck.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of the report widget pre-filled with a link: the contract between this widget and the report
 * widget. Inside a launch it is {@value #IN_LAUNCH}{@code ?link=<url-encoded canonical link>} (same LTI session);
 * on a school's public page it is {@value #PUBLIC}{@code <publicId>?link=…}. The report widget reads {@code link}
 * as untrusted text (it is shown, never fetched).
 */
public final class ReportLinks {

    /** The report widget's page inside a launch. */
    public static final String IN_LAUNCH = "/w/report/index.xhtml";

    /** The report widget's public page, followed by the school's public id. */
    public static final String PUBLIC = "/p/report/";

    private ReportLinks() {
    }

    /** The report address for {@code link}: public when {@code publicId} is given, else inside the launch. */
    public static String reportUrl(String contextPath, String publicId, String link) {
        String encoded = URLEncoder.encode(link, StandardCharsets.UTF_8);
        return publicId == null
                ? contextPath + IN_LAUNCH + "?link=" + encoded
                : contextPath + PUBLIC + URLEncoder.encode(publicId, StandardCharsets.UTF_8) + "?link=" + encoded;
    }
}
