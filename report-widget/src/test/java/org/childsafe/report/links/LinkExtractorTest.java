package org.childsafe.report.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.childsafe.report.intake.DraftValidator;
import org.childsafe.report.intake.FieldProblem;
import org.childsafe.report.intake.ReportDraft;
import org.junit.jupiter.api.Test;

class LinkExtractorTest {

    @Test
    void findsLinksAsTypedWithOrWithoutScheme() {
        assertThat(LinkExtractor.links("https://evil.example/a?b=1\nfacebook.com/groups/x, zalo.me/g/abc; tôi không biết"))
                .containsExactly("https://evil.example/a?b=1", "facebook.com/groups/x", "zalo.me/g/abc");
        assertThat(LinkExtractor.links("không biết")).isEmpty();
        assertThat(LinkExtractor.links(null)).isEmpty();
        assertThat(LinkExtractor.links("ab.vn ab.vn")).as("distinct").containsExactly("ab.vn");
    }

    @Test
    void withoutACheckerEveryLinkIsUnknownAndNothingIsFetched() {
        LinkChecks none = new LinkChecks(new NoCheckers());

        List<LinkVerdict> verdicts = none.check("http://127.0.0.1:1/x", Locale.ENGLISH);

        assertThat(none.available()).isFalse();
        assertThat(verdicts).singleElement().satisfies(v -> assertThat(v.level()).isEqualTo(LinkVerdict.Level.UNKNOWN));
    }

    @Test
    void onlyTheCategoryIsRequiredAndLimitsHaveStableCodes() {
        DraftValidator validator = new DraftValidator(10);

        assertThat(validator.problems(ReportDraft.of(java.util.Set.of()))).extracting(FieldProblem::code)
                .containsExactly("report.error.categories");
        assertThat(validator.problems(ReportDraft.of(java.util.Set.of(org.childsafe.report.cases.domain.Category.OTHER))))
                .isEmpty();
        ReportDraft tooMuch = new ReportDraft(java.util.Set.of(org.childsafe.report.cases.domain.Category.OTHER),
                "x".repeat(11), null, null, null, null,
                null, null, false, null, null, "en");
        assertThat(validator.problems(tooMuch)).extracting(FieldProblem::field).containsExactly("whatHappened");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            many.append("site").append(i).append(".example ");
        }
        ReportDraft manyLinks = new ReportDraft(java.util.Set.of(org.childsafe.report.cases.domain.Category.OTHER), null,
                null, null, many.toString(), null, null, null, false, null, null, "en");
        assertThat(validator.problems(manyLinks)).extracting(FieldProblem::code).containsExactly("report.error.links");
    }

    /** An {@code Instance<LinkVerdicts>} with no bean, as when the URL checker is not installed. */
    static final class NoCheckers implements jakarta.enterprise.inject.Instance<LinkVerdicts> {
        @Override
        public jakarta.enterprise.inject.Instance<LinkVerdicts> select(java.lang.annotation.Annotation... q) {
            return this;
        }

        @Override
        public <U extends LinkVerdicts> jakarta.enterprise.inject.Instance<U> select(Class<U> c, java.lang.annotation.Annotation... q) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LinkVerdicts> jakarta.enterprise.inject.Instance<U> select(jakarta.enterprise.util.TypeLiteral<U> t,
                java.lang.annotation.Annotation... q) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return true;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public void destroy(LinkVerdicts instance) {
        }

        @Override
        public Handle<LinkVerdicts> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<LinkVerdicts>> handles() {
            return List.of();
        }

        @Override
        public LinkVerdicts get() {
            throw new jakarta.enterprise.inject.UnsatisfiedResolutionException();
        }

        @Override
        public java.util.Iterator<LinkVerdicts> iterator() {
            return java.util.Collections.emptyIterator();
        }
    }
}
