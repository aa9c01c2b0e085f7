package org.childsafe.urlcheck.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.childsafe.lti.launch.domain.ToolRole;
import org.childsafe.lti.registration.application.School;
import org.childsafe.lti.registration.application.SchoolDirectory;
import org.childsafe.lti.session.application.LaunchIdentity;
import org.childsafe.lti.session.application.LtiSession;
import org.childsafe.urlcheck.UrlCheckConfig;
import org.childsafe.urlcheck.UrlCheckText;
import org.childsafe.urlcheck.canonical.InvalidUrlException;
import org.childsafe.urlcheck.school.InvalidListEntryException;
import org.childsafe.urlcheck.school.SchoolCheckService;
import org.childsafe.urlcheck.verdict.AgeBand;
import org.childsafe.urlcheck.verdict.LinkVerdict;

/**
 * The link checker page, in two places: {@code /w/urlcheck/index.xhtml} inside an LTI launch (the launch's school)
 * and {@code /p/urlcheck.xhtml?school=<publicId>} (reached as {@code /p/urlcheck/<publicId>}), a school's public
 * page without login. One input takes a link or a pasted text: with white space in it, every link of the text is
 * checked. Teachers and administrators may pick the age band; learners and the public get the school's default.
 */
@Named
@ViewScoped
public class LinkCheck implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolCheckService service;

    @Inject
    SchoolDirectory schools;

    @Inject
    LtiSession session;

    @Inject
    UrlCheckConfig config;

    private String publicId;
    private Long deploymentPk;
    private String schoolName;
    private boolean staff;
    private String input;
    private AgeBand band;
    private List<ResultView> results = List.of();
    private final List<Integer> reportedWrong = new ArrayList<>();

    /** {@code f:viewAction}: finds the school of the public id or of the launch; 404 for an unknown public id. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (publicId != null || faces.getViewRoot().getViewId().startsWith("/p/")) {
            Optional<School> school = publicId == null ? Optional.empty() : schools.byPublicId(publicId);
            if (school.isEmpty()) {
                faces.getExternalContext().responseSendError(404, "");
                faces.responseComplete();
                return;
            }
            deploymentPk = school.get().deploymentPk();
            schoolName = school.get().name();
        } else {
            LaunchIdentity identity = session.identity().orElseThrow();
            deploymentPk = identity.deploymentPk();
            schoolName = identity.schoolName();
            staff = identity.has(ToolRole.INSTRUCTOR) || identity.has(ToolRole.ADMINISTRATOR);
        }
        if (band == null) {
            band = service.defaultBand(school());
        }
    }

    /** Checks the input; the results replace the previous ones. */
    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        reportedWrong.clear();
        String text = input == null ? "" : input.strip();
        try {
            if (text.chars().anyMatch(Character::isWhitespace)) {
                List<LinkVerdict> links = service.checkText(school(), text, Optional.ofNullable(band), config.maxLinks());
                if (links.isEmpty()) {
                    fail(faces, locale, "urlcheck.no_links");
                    return;
                }
                List<ResultView> views = new ArrayList<>();
                for (LinkVerdict link : links) {
                    views.add(link.verdict() == null ? ResultViews.error(link.link(), link.errorCode(), locale)
                            : ResultViews.of(link.verdict(), locale, reportUrls(faces)));
                }
                results = views;
            } else {
                results = List.of(ResultViews.of(service.check(school(), text, Optional.ofNullable(band)), locale,
                        reportUrls(faces)));
            }
        } catch (InvalidUrlException e) {
            fail(faces, locale, e.code());
        }
    }

    /** "Tell us this is wrong" for one result: stored for the school without any identity. */
    public void reportWrong(int index) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (index < 0 || index >= results.size() || results.get(index).rating() == null || reportedWrong.contains(index)) {
            return;
        }
        try {
            service.reportWrong(school(), results.get(index).canonicalUrl(), null, Optional.ofNullable(band));
            reportedWrong.add(index);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    UrlCheckText.text(locale, "page.wrong.thanks"), null));
        } catch (InvalidUrlException | InvalidListEntryException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UrlCheckText.text(locale, "urlcheck.not_a_url"), null));
        }
    }

    public boolean isReportedWrong(int index) {
        return reportedWrong.contains(index);
    }

    private void fail(FacesContext faces, Locale locale, String code) {
        results = List.of();
        faces.addMessage("checkForm:link", new FacesMessage(FacesMessage.SEVERITY_ERROR, UrlCheckText.text(locale, code), null));
        faces.validationFailed();
    }

    private UnaryOperator<String> reportUrls(FacesContext faces) {
        String contextPath = faces.getExternalContext().getRequestContextPath();
        String id = publicId;
        return link -> ReportLinks.reportUrl(contextPath, id, link);
    }

    private Optional<Long> school() {
        return Optional.ofNullable(deploymentPk);
    }

    public AgeBand[] getBands() {
        return AgeBand.values();
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isPublicPage() {
        return publicId != null;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getPublicId() {
        return publicId;
    }

    public void setPublicId(String publicId) {
        this.publicId = publicId;
    }

    public String getInput() {
        return input;
    }

    public void setInput(String input) {
        this.input = input;
    }

    public AgeBand getBand() {
        return band;
    }

    public void setBand(AgeBand band) {
        this.band = band;
    }

    public List<ResultView> getResults() {
        return results;
    }
}
