package org.childsafe.urlcheck.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.VerdictTexts;
import org.childsafe.urlcheck.school.AgePolicyService;
import org.childsafe.urlcheck.school.EntryKind;
import org.childsafe.urlcheck.school.InvalidListEntryException;
import org.childsafe.urlcheck.school.ListType;
import org.childsafe.urlcheck.school.SchoolAdmin;
import org.childsafe.urlcheck.school.SchoolCheckService;
import org.childsafe.urlcheck.school.SchoolListEntry;
import org.childsafe.urlcheck.school.SchoolListService;
import org.childsafe.urlcheck.stats.DailyCount;
import org.childsafe.urlcheck.stats.DailyCountStore;
import org.childsafe.urlcheck.stats.WrongVerdictStore;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.AgePolicy;
import org.childsafe.urlcheck.verdict.Rating;

/**
 * {@code /w/urlcheck/settings.xhtml}: a school's link checker settings, inside a launch. Instructors and
 * administrators of the deployment see the lists, the age policy, the "this is wrong" reports and the aggregate
 * counts; only an LTI <em>Administrator</em> changes lists and policy (ADR 0014). Anyone else gets 403.
 */
@Named
@ViewScoped
public class SchoolSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Days of counts shown. */
    static final int COUNT_DAYS = 30;

    /** One category row of the policy editor. */
    public static final class RatingRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String category;
        private final String name;
        private final Rating defaultRating;
        private Rating rating;

        RatingRow(String category, String name, Rating defaultRating, Rating rating) {
            this.category = category;
            this.name = name;
            this.defaultRating = defaultRating;
            this.rating = rating;
        }

        public String getCategory() {
            return category;
        }

        public String getName() {
            return name;
        }

        public Rating getDefaultRating() {
            return defaultRating;
        }

        public Rating getRating() {
            return rating;
        }

        public void setRating(Rating rating) {
            this.rating = rating;
        }

        public boolean isLocked() {
            return AgePolicy.ALWAYS_UNSAFE.contains(category);
        }
    }

    @Inject
    LtiSession session;

    @Inject
    SchoolListService lists;

    @Inject
    AgePolicyService policy;

    @Inject
    SchoolCheckService checks;

    @Inject
    WrongVerdictStore wrongVerdicts;

    @Inject
    DailyCountStore counts;

    private LaunchIdentity identity;
    private boolean admin;
    private ListType newList = ListType.BLOCK;
    private EntryKind newKind = EntryKind.DOMAIN;
    private String newValue;
    private String newNote;
    private AgeBand defaultBand;
    private AgeBand editBand = AgeBand.PRIMARY;
    private List<RatingRow> ratingRows;

    /** {@code f:viewAction}: instructors and administrators of the launch's school only. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        identity = session.identity().orElse(null);
        if (identity == null || !(identity.has(ToolRole.ADMINISTRATOR) || identity.has(ToolRole.INSTRUCTOR))) {
            faces.getExternalContext().responseSendError(403, "");
            faces.responseComplete();
            return;
        }
        admin = identity.has(ToolRole.ADMINISTRATOR);
        if (defaultBand == null) {
            defaultBand = checks.defaultBand(school());
        }
        if (ratingRows == null) {
            ratingRows = rows(editBand);
        }
    }

    public void addEntry() {
        change(() -> lists.add(schoolAdmin(), newList, newKind, newValue, newNote), "settings.list.added", "listForm:value");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            newValue = null;
            newNote = null;
        }
    }

    public void removeEntry(long id) {
        change(() -> lists.remove(schoolAdmin(), id), "settings.list.removed", null);
    }

    public void saveDefaultBand() {
        change(() -> policy.setDefaultBand(schoolAdmin(), defaultBand), "settings.band.saved", null);
    }

    /** Shows the ratings of {@link #getEditBand()}. */
    public void showBand() {
        ratingRows = rows(editBand);
    }

    public void saveRatings() {
        Map<String, Rating> chosen = new LinkedHashMap<>();
        ratingRows.forEach(row -> chosen.put(row.getCategory(), row.getRating()));
        change(() -> policy.setRatings(schoolAdmin(), editBand, chosen), "settings.ratings.saved", null);
        ratingRows = rows(editBand);
    }

    public void resolveWrong(long id) {
        if (admin) {
            wrongVerdicts.resolve(identity.deploymentPk(), id);
        }
    }

    public List<SchoolListEntry> getEntries() {
        return lists.entries(identity.deploymentPk());
    }

    public List<WrongVerdictStore.WrongVerdict> getWrongVerdicts() {
        return wrongVerdicts.open(identity.deploymentPk(), 100);
    }

    /** Checks per verdict over the last {@value #COUNT_DAYS} days. */
    public Map<String, Long> getTotals() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Rating r : Rating.values()) {
            totals.put(r.name(), 0L);
        }
        for (DailyCount c : counts.between(identity.deploymentPk(), today.minusDays(COUNT_DAYS - 1L), today)) {
            totals.merge(c.verdict(), c.checks(), Long::sum);
        }
        return totals;
    }

    public List<String> getTotalKeys() {
        return new ArrayList<>(getTotals().keySet());
    }

    private List<RatingRow> rows(AgeBand band) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<String, Rating> effective = checks.effectiveRatings(school(), band);
        TreeSet<String> categories = new TreeSet<>(effective.keySet());
        for (AgeBand b : AgeBand.values()) {
            categories.addAll(AgePolicy.defaults(b).keySet());
        }
        List<RatingRow> rows = new ArrayList<>();
        for (String category : categories) {
            rows.add(new RatingRow(category, VerdictTexts.category(locale, category),
                    AgePolicy.defaults(band).getOrDefault(category, Rating.SAFE), effective.getOrDefault(category, Rating.SAFE)));
        }
        return rows;
    }

    private void change(Runnable action, String successKey, String clientId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot().getLocale();
        if (!admin) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UrlCheckText.text(locale, "settings.forbidden"), null));
            faces.validationFailed();
            return;
        }
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, UrlCheckText.text(locale, successKey), null));
        } catch (InvalidListEntryException e) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, UrlCheckText.text(locale, e.code()), null));
            faces.validationFailed();
        }
    }

    private SchoolAdmin schoolAdmin() {
        return new SchoolAdmin(identity.registrationId(), identity.deploymentPk(),
                "lti-admin:" + identity.registrationId() + ":" + (identity.userId() == null ? "unknown" : identity.userId()));
    }

    private Optional<Long> school() {
        return Optional.of(identity.deploymentPk());
    }

    public boolean isAdmin() {
        return admin;
    }

    public ListType[] getListTypes() {
        return ListType.values();
    }

    public EntryKind[] getKinds() {
        return EntryKind.values();
    }

    public AgeBand[] getBands() {
        return AgeBand.values();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public List<RatingRow> getRatingRows() {
        return ratingRows;
    }

    public ListType getNewList() {
        return newList;
    }

    public void setNewList(ListType newList) {
        this.newList = newList;
    }

    public EntryKind getNewKind() {
        return newKind;
    }

    public void setNewKind(EntryKind newKind) {
        this.newKind = newKind;
    }

    public String getNewValue() {
        return newValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }

    public AgeBand getDefaultBand() {
        return defaultBand;
    }

    public void setDefaultBand(AgeBand defaultBand) {
        this.defaultBand = defaultBand;
    }

    public AgeBand getEditBand() {
        return editBand;
    }

    public void setEditBand(AgeBand editBand) {
        this.editBand = editBand;
    }
}
