package org.childsafe.deploy.load;

/** The parts of a load and fault run; figures are kept per phase so an outage's cost is visible on its own. */
enum Phase {

    /** Both instances and PostgreSQL up (before the kill, and between the instance's return and the database stop). */
    STEADY("steady"),
    /** From {@code kill -9} of one instance until its replacement answers {@code /health/ready}. */
    INSTANCE_KILLED("instance killed"),
    /** PostgreSQL stopped. */
    POSTGRES_DOWN("PostgreSQL down"),
    /** From PostgreSQL's restart to the end of the load. */
    RECOVERY("recovery");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
