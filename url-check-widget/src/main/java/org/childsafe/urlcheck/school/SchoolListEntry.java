package org.childsafe.urlcheck.school;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a school's allow or block list, as stored: {@code value} is already normalised by
 * {@link ListEntryValidator} (an ASCII host for {@link EntryKind#DOMAIN}, a canonical URL for
 * {@link EntryKind#URL_PREFIX}), so matching never has to normalise again.
 *
 * @param id           database id, or 0 before it is stored
 * @param deploymentPk the school
 * @param list         allow or block
 * @param kind         domain or URL prefix
 * @param value        the normalised host or URL prefix
 * @param note         why the entry exists, for the next administrator; may be {@code null}
 * @param createdAt    when it was added
 */
public record SchoolListEntry(long id, long deploymentPk, ListType list, EntryKind kind, String value, String note,
        Instant createdAt) {

    public SchoolListEntry {
        Objects.requireNonNull(list, "List is required.");
        Objects.requireNonNull(kind, "Kind is required.");
        Objects.requireNonNull(value, "Value is required.");
        Objects.requireNonNull(createdAt, "Creation time is required.");
    }
}
