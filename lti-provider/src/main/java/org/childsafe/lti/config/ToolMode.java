package org.childsafe.lti.config;

/**
 * How the suite runs. {@link #DEMO} is the embedded, try-it-yourself mode (H2 file database, built-in demo
 * platform, generated demo secrets); {@link #PRODUCTION} refuses every demo convenience and insists on real
 * secrets. Production is the default so that a forgotten setting never exposes the demo platform.
 */
public enum ToolMode {
    DEMO,
    PRODUCTION;

    /** Parses the configured value case-insensitively; anything unknown is a configuration error. */
    public static ToolMode parse(String value) {
        for (ToolMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("tool.mode must be 'demo' or 'production', was '" + value + "'.");
    }
}
