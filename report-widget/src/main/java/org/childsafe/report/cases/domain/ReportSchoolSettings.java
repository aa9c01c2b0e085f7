package org.childsafe.report.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One school's overrides of the report widget's configured defaults, a row of {@code report_school_settings}:
 * emergency numbers and guidance wording, the expected reply time shown on the receipt, how long closed cases are
 * kept, and below which class size a reporter is warned that they could be recognised. Every value is optional;
 * empty means "use the {@code report.*} default".
 */
@Entity
@Table(name = "report_school_settings")
public class ReportSchoolSettings {

    @Id
    @Column(name = "deployment_pk", nullable = false, updatable = false)
    private long deploymentPk;

    @Column(name = "police_number", length = 20)
    private String policeNumber;

    @Column(name = "child_line_number", length = 20)
    private String childLineNumber;

    @Column(name = "guidance_vi", length = 1000)
    private String guidanceVi;

    @Column(name = "guidance_en", length = 1000)
    private String guidanceEn;

    @Column(name = "reply_time_hours")
    private Integer replyTimeHours;

    @Column(name = "retention_months")
    private Integer retentionMonths;

    @Column(name = "small_class_minimum")
    private Integer smallClassMinimum;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportSchoolSettings() {
    }

    /** Empty overrides for a school. */
    public ReportSchoolSettings(long deploymentPk, Instant now) {
        this.deploymentPk = deploymentPk;
        this.updatedAt = Objects.requireNonNull(now, "Time is required.");
    }

    /** Emergency numbers shown before the form ({@code null} = default). Digits, spaces, + and - only. */
    public void emergencyNumbers(String police, String childLine, Instant now) {
        this.policeNumber = phone(police);
        this.childLineNumber = phone(childLine);
        this.updatedAt = now;
    }

    /** Extra guidance text shown with the emergency numbers, per language ({@code null} = default). */
    public void guidance(String vi, String en, Instant now) {
        this.guidanceVi = clip(vi, 1000);
        this.guidanceEn = clip(en, 1000);
        this.updatedAt = now;
    }

    /** Reply time, retention and small-class threshold ({@code null} = default each). */
    public void policies(Integer replyTimeHours, Integer retentionMonths, Integer smallClassMinimum, Instant now) {
        this.replyTimeHours = positive(replyTimeHours, "Reply time");
        this.retentionMonths = positive(retentionMonths, "Retention");
        this.smallClassMinimum = positive(smallClassMinimum, "Small-class minimum");
        this.updatedAt = now;
    }

    public long deploymentPk() {
        return deploymentPk;
    }

    public Optional<String> policeNumber() {
        return Optional.ofNullable(policeNumber);
    }

    public Optional<String> childLineNumber() {
        return Optional.ofNullable(childLineNumber);
    }

    public Optional<String> guidanceVi() {
        return Optional.ofNullable(guidanceVi);
    }

    public Optional<String> guidanceEn() {
        return Optional.ofNullable(guidanceEn);
    }

    public Optional<Integer> replyTimeHours() {
        return Optional.ofNullable(replyTimeHours);
    }

    public Optional<Integer> retentionMonths() {
        return Optional.ofNullable(retentionMonths);
    }

    public Optional<Integer> smallClassMinimum() {
        return Optional.ofNullable(smallClassMinimum);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (!stripped.matches("[0-9+][0-9 \\-]{0,19}")) {
            throw new IllegalArgumentException("A phone number has digits, spaces, + and - only (at most 20).");
        }
        return stripped;
    }

    private static String clip(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static Integer positive(Integer value, String name) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1.");
        }
        return value;
    }
}
