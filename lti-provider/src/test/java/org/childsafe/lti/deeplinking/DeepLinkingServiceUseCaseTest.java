package org.childsafe.lti.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.childsafe.lti.config.ToolConfigTestData;
import org.childsafe.lti.keys.application.InMemoryToolKeyRepository;
import org.childsafe.lti.keys.application.MutableClock;
import org.childsafe.lti.keys.application.ToolKeyService;
import org.childsafe.lti.keys.application.ToolKeyTestData;
import org.childsafe.lti.launch.domain.LtiClaims;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.plugin.Widget;
import org.childsafe.lti.plugin.WidgetCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answering a pending deep-linking request: once only, with the chosen items of the catalog. */
class DeepLinkingServiceUseCaseTest {

    private DeepLinkingService service;

    @BeforeEach
    void setUp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-29T05:00:00Z"));
        ToolKeyService keys = ToolKeyTestData.service(new InMemoryToolKeyRepository(), clock);
        keys.ensureKeys();
        WidgetCatalog catalog = new WidgetCatalog(List.of(new StubWidget("lessons", DeepLinkingTestData.LESSONS),
                new StubWidget("report", DeepLinkingTestData.REPORT)));
        service = new DeepLinkingService(keys, catalog, ToolConfigTestData.demo("https://tool.example"), clock);
    }

    @Test
    void answersWithTheChosenItemsToTheReturnUrl() throws Exception {
        PendingDeepLinking pending = new PendingDeepLinking(DeepLinkingTestData.settings(true, true));

        DeepLinkingAnswer answer = service.answer(pending, Set.of("report", "unknown"), Locale.ENGLISH);

        assertThat(answer.returnUrl()).isEqualTo(DeepLinkingTestData.RETURN_URL);
        assertThat(answer.titles()).containsExactly("Report a problem");
        assertThat(SignedJWT.parse(answer.jwt()).getJWTClaimsSet().getListClaim(LtiClaims.DL_CONTENT_ITEMS))
                .hasSize(1);
    }

    @Test
    void refusesToAnswerTheSameRequestTwice() {
        PendingDeepLinking pending = new PendingDeepLinking(DeepLinkingTestData.settings(true, true));
        service.answer(pending, Set.of("lessons"), Locale.ENGLISH);

        assertThrows(DeepLinkingAlreadyAnsweredException.class,
                () -> service.answer(pending, Set.of("lessons"), Locale.ENGLISH));
        assertThat(pending.peek()).isEmpty();
    }

    @Test
    void onlyOneOfManyConcurrentAnswersIsSigned() throws Exception {
        PendingDeepLinking pending = new PendingDeepLinking(DeepLinkingTestData.settings(true, true));
        int threads = 8;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        return service.answer(pending, Set.of("lessons"), Locale.ENGLISH).jwt();
                    } catch (DeepLinkingAlreadyAnsweredException e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<String> signed = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> answer : answers) {
                String jwt = answer.get();
                if (jwt != null) {
                    signed.add(jwt);
                }
            }
            assertThat(signed).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void echoesOnlyTheDataOfTheVerifiedRequest() throws Exception {
        PendingDeepLinking pending = new PendingDeepLinking(DeepLinkingTestData.settings(true, true));
        Object verified = pending.peek().orElseThrow().data();

        String jwt = service.answer(pending, Set.of("lessons"), Locale.ENGLISH).jwt();

        assertThat(SignedJWT.parse(jwt).getJWTClaimsSet().getClaim(LtiClaims.DL_DATA)).isEqualTo(verified);
    }

    @Test
    void cancelAlsoConsumesTheRequest() {
        PendingDeepLinking pending = new PendingDeepLinking(DeepLinkingTestData.settings(true, true));
        service.answer(pending, Set.of(), Locale.ENGLISH);

        assertThrows(DeepLinkingAlreadyAnsweredException.class,
                () -> service.answer(pending, Set.of("report"), Locale.ENGLISH));
    }

    private record StubWidget(String id, DeepLinkItem item) implements Widget {

        @Override
        public String entryPage() {
            return "/w/" + id + "/index.xhtml";
        }

        @Override
        public String bundleVar() {
            return id + "Msg";
        }

        @Override
        public String titleKey() {
            return "widget.title";
        }

        @Override
        public String descriptionKey() {
            return "widget.description";
        }

        @Override
        public List<DeepLinkItem> deepLinkItems(Locale locale) {
            return List.of(item);
        }
    }
}
