package org.childsafe.deploy;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every container test uses: the suite's real WAR as the build assembled it
 * ({@code target/ROOT.war}, so it is served at "/"), not a hand-picked subset of classes. Arquillian boots it on
 * Payara Micro with the options in {@code arquillian.xml} (demo mode, in-memory H2, port {@code it.http.port}).
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("it.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The server's base URL. Arquillian injects the container's address, which may be the machine's public
     * interface; tests always talk to localhost, which is also what the tool's {@code tool.base-url} says.
     */
    public static URI baseUrl() {
        return URI.create("http://localhost:" + System.getProperty("it.http.port", "18080"));
    }

    /** The tool admin password the test server was started with (see the failsafe configuration). */
    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }
}
