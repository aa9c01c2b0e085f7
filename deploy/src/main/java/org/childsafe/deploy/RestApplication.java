package org.childsafe.deploy;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every JSON endpoint of the suite lives under {@code /api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
