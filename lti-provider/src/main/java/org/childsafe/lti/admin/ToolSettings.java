package org.childsafe.lti.admin;

import java.time.Instant;
import java.util.Optional;

/** Named values in the {@code tool_setting} table, shared by every node of a cluster. */
interface ToolSettings {

    Optional<String> find(String name);

    /** Stores a value unless the name exists; {@code false} when another writer (another node) was first. */
    boolean insertIfAbsent(String name, String value, Instant now);
}
