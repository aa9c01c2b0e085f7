package org.childsafe.lti.launch.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Maps the LTI roles claim to {@link ToolRole}s.
 *
 * <p>It exists so that the one place deciding "who is an instructor" is small and tested. Role
 * URIs come from LTI Core 1.3 Appendix A.2 (LIS context, institution and system role
 * vocabularies). Invariants: unknown or {@code null} entries are ignored, never an error; an empty
 * result is valid and means a guest; {@code membership#Mentor} grants nothing (a mentor sees
 * other people's data only through role_scope_mentor, which the tool does not support); legacy
 * short names ({@code Learner}, {@code Instructor}, {@code Administrator}) are tolerated because
 * LTI Core A.2.3 allows them for context roles and some platforms still send them.
 */
public final class RoleMapper {

    private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    private static final String INSTITUTION = "http://purl.imsglobal.org/vocab/lis/v2/institution/person";
    private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person";

    private static final Map<String, ToolRole> ROLES = Map.ofEntries(
            Map.entry(CONTEXT + "#Learner", ToolRole.LEARNER),
            Map.entry("Learner", ToolRole.LEARNER),
            Map.entry(CONTEXT + "#Instructor", ToolRole.INSTRUCTOR),
            Map.entry(CONTEXT + "#ContentDeveloper", ToolRole.INSTRUCTOR),
            Map.entry(CONTEXT + "/Instructor#TeachingAssistant", ToolRole.INSTRUCTOR),
            Map.entry("Instructor", ToolRole.INSTRUCTOR),
            Map.entry(CONTEXT + "#Administrator", ToolRole.ADMINISTRATOR),
            Map.entry(INSTITUTION + "#Administrator", ToolRole.ADMINISTRATOR),
            Map.entry(SYSTEM + "#Administrator", ToolRole.ADMINISTRATOR),
            Map.entry(SYSTEM + "#SysAdmin", ToolRole.ADMINISTRATOR),
            Map.entry("Administrator", ToolRole.ADMINISTRATOR));

    private RoleMapper() {
    }

    /**
     * @param roleUris the values of the roles claim; may be empty, must not be null
     * @return an unmodifiable set of the tool roles granted; empty for a guest
     */
    public static Set<ToolRole> map(List<String> roleUris) {
        Objects.requireNonNull(roleUris, "Role URIs are required.");
        Set<ToolRole> granted = EnumSet.noneOf(ToolRole.class);
        for (String uri : roleUris) {
            if (uri != null && ROLES.containsKey(uri)) {
                granted.add(ROLES.get(uri));
            }
        }
        return Set.copyOf(granted);
    }
}
