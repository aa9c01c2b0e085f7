package org.childsafe.report.intake;

import java.util.ArrayList;
import java.util.List;
import org.childsafe.report.links.LinkExtractor;

/**
 * Checks a {@link ReportDraft} before anything is stored. Kept lenient on purpose: a child in need must not be
 * turned away by a form, so only what would break storage or abuse it is refused (no category, texts over the
 * limit, more than {@value #MAX_LINKS} links), each with a stable code.
 */
public final class DraftValidator {

    /** Most links one report can list. */
    public static final int MAX_LINKS = 20;
    /** Longest name or contact line. */
    public static final int MAX_CONTACT_CHARS = 200;

    private final int maxTextChars;

    public DraftValidator(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    public List<FieldProblem> problems(ReportDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.categories().isEmpty()) {
            problems.add(new FieldProblem("categories", "report.error.categories"));
        }
        tooLong(problems, "whatHappened", draft.whatHappened(), maxTextChars);
        tooLong(problems, "when", draft.when(), 500);
        tooLong(problems, "where", draft.where(), 1000);
        tooLong(problems, "links", draft.links(), 4000);
        tooLong(problems, "accounts", draft.accounts(), 1000);
        tooLong(problems, "contactName", draft.contactName(), MAX_CONTACT_CHARS);
        tooLong(problems, "contactWay", draft.contactWay(), MAX_CONTACT_CHARS);
        if (draft.links() != null && LinkExtractor.links(draft.links()).size() > MAX_LINKS) {
            problems.add(new FieldProblem("links", "report.error.links"));
        }
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "report.error.too-long"));
        }
    }
}
