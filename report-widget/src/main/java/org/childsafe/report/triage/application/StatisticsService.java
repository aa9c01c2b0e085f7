package org.childsafe.report.triage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.report.cases.domain.CaseStatus;
import org.childsafe.report.cases.domain.Category;

/**
 * Counts for school leaders: reports by category, status and month, and the median time to first response. Open to
 * the school's counselors and to LMS administrators launched into the same deployment (no personal data is shown);
 * the whole computation reads only ids, enums and times, never content. Months are in Vietnam's time zone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext(unitName = "childsafe")
    EntityManager em;

    protected StatisticsService() {
    }

    /** For tests outside the container. */
    public StatisticsService(EntityManager em) {
        this.em = em;
    }

    /** Whether this identity may see the school's statistics. */
    public static boolean allowed(LaunchIdentity who) {
        return who != null && (who.counselor() || who.has(ToolRole.ADMINISTRATOR));
    }

    public Statistics of(LaunchIdentity who) {
        if (!allowed(who)) {
            throw new TriageAccessDeniedException();
        }
        long school = who.deploymentPk();
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category.name(), 0L);
        }
        em.createQuery("select cat, count(c) from ReportCase c join c.categories cat where c.deploymentPk = :s group by cat",
                Object[].class).setParameter("s", school).getResultList()
                .forEach(r -> byCategory.put(((Category) r[0]).name(), (Long) r[1]));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        em.createQuery("select c.status, count(c) from ReportCase c where c.deploymentPk = :s group by c.status",
                Object[].class).setParameter("s", school).getResultList()
                .forEach(r -> byStatus.put(((CaseStatus) r[0]).name(), (Long) r[1]));
        Map<String, Long> byMonth = new TreeMap<>();
        List<Instant> created = em.createQuery("select c.createdAt from ReportCase c where c.deploymentPk = :s",
                Instant.class).setParameter("s", school).getResultList();
        created.forEach(at -> byMonth.merge(YearMonth.from(at.atZone(SCHOOL_ZONE)).toString(), 1L, Long::sum));
        return new Statistics(byCategory, byStatus, byMonth, medianFirstResponseHours(school), created.size());
    }

    private Long medianFirstResponseHours(long school) {
        List<Object[]> rows = em.createQuery("select c.createdAt, t.firstResponseAt from ReportCase c, CaseTriage t"
                + " where t.caseId = c.id and c.deploymentPk = :s and t.firstResponseAt is not null", Object[].class)
                .setParameter("s", school).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        List<Long> minutes = new ArrayList<>();
        rows.forEach(r -> minutes.add(Duration.between((Instant) r[0], (Instant) r[1]).toMinutes()));
        Collections.sort(minutes);
        long median = minutes.get(minutes.size() / 2);
        return Math.round(median / 60.0);
    }
}
