package org.childsafe.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.childsafe.lti.config.ToolConfig;

/** Whether the built-in demo LMS is switched on (demo mode only; refused in production by {@link ToolConfig}). */
@Named
@ApplicationScoped
public class DemoPlatform {

    @Inject
    ToolConfig config;

    public boolean isEnabled() {
        return config.demoEnabled();
    }
}
