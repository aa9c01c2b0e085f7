package org.childsafe.urlcheck.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.childsafe.lti.audit.AuditLog;

/**
 * A school's allow and block lists: validated additions, removals, and an audit record of each in the same
 * transaction. After each change a {@link SchoolListsChanged} event lets the checker drop its cached copy of
 * the school's lists.
 *
 * <h2>Limits</h2>
 * At most {@value #MAX_ENTRIES} entries per school ({@value #TOO_MANY}): lists are for exceptions, feeds are for
 * volume. A value already in either list is refused ({@value #DUPLICATE}): the administrator must remove the
 * old entry first, so it is always clear which list decides.
 */
@ApplicationScoped
@Transactional
public class SchoolListService {

    public static final String DUPLICATE = "urlcheck.list.duplicate";
    public static final String TOO_MANY = "urlcheck.list.too_many";
    public static final String NOT_FOUND = "urlcheck.list.not_found";
    public static final int MAX_ENTRIES = 2000;

    @Inject
    SchoolListStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<SchoolListsChanged> changed;

    protected SchoolListService() {
    }

    /** The school's entries, allow first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolListEntry> entries(long deploymentPk) {
        return store.entries(deploymentPk);
    }

    /** Adds an entry to one of the school's lists; {@link InvalidListEntryException} with a code if refused. */
    public SchoolListEntry add(SchoolAdmin admin, ListType list, EntryKind kind, String rawValue, String rawNote) {
        String value = ListEntryValidator.normalise(kind, rawValue);
        String note = ListEntryValidator.note(rawNote);
        if (store.exists(admin.deploymentPk(), kind, value)) {
            throw new InvalidListEntryException(DUPLICATE);
        }
        if (store.count(admin.deploymentPk()) >= MAX_ENTRIES) {
            throw new InvalidListEntryException(TOO_MANY);
        }
        SchoolListEntry entry = store.add(admin.deploymentPk(), list, kind, value, note, clock.instant());
        audit.record(admin.actor(), "urlcheck.list.added", admin.target("list:" + entry.id()),
                list + " " + kind + " " + value);
        changed.fire(new SchoolListsChanged(admin.deploymentPk()));
        return entry;
    }

    /** Removes an entry of the school; {@link InvalidListEntryException} {@value #NOT_FOUND} if it has none such. */
    public void remove(SchoolAdmin admin, long entryId) {
        SchoolListEntry entry = store.entries(admin.deploymentPk()).stream().filter(e -> e.id() == entryId)
                .findFirst().orElseThrow(() -> new InvalidListEntryException(NOT_FOUND));
        store.remove(admin.deploymentPk(), entryId);
        audit.record(admin.actor(), "urlcheck.list.removed", admin.target("list:" + entryId),
                entry.list() + " " + entry.kind() + " " + entry.value());
        changed.fire(new SchoolListsChanged(admin.deploymentPk()));
    }
}
