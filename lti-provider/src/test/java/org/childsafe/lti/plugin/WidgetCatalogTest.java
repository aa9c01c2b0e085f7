package org.childsafe.lti.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Launch routing to widgets, and the start-up checks of widget ids and entry pages. */
class WidgetCatalogTest {

    private static final TestWidget LESSONS = new TestWidget("lessons", "/w/lessons/index.xhtml", 10);
    private static final TestWidget REPORT = new TestWidget("report", "/w/report/index.xhtml", 20);
    private static final TestWidget URL_CHECKER = new TestWidget("url-checker", "/w/url-checker/check.xhtml", 20);

    private final WidgetCatalog catalog = new WidgetCatalog(List.of(REPORT, LESSONS, URL_CHECKER));

    private static URI launch(String path) {
        return URI.create("https://childsafe.school.edu.vn" + path);
    }

    private static Map<String, String> custom(String widget) {
        Map<String, String> custom = new HashMap<>();
        custom.put(Widget.CUSTOM_PARAMETER, widget);
        return custom;
    }

    @Test
    void customParameterWinsOverTargetLinkPath() {
        assertThat(catalog.route(launch("/launch/lessons"), custom("report"))).contains(REPORT);
    }

    @Test
    void customParameterIsStripped() {
        assertThat(catalog.route(launch("/launch/lessons"), custom("  url-checker "))).contains(URL_CHECKER);
    }

    @Test
    void unknownCustomWidgetDoesNotFallBackToThePath() {
        assertThat(catalog.route(launch("/launch/lessons"), custom("admin"))).isEmpty();
    }

    @Test
    void blankCustomParameterFallsBackToThePath() {
        assertThat(catalog.route(launch("/launch/report"), custom("  "))).contains(REPORT);
        assertThat(catalog.route(launch("/launch/report"), custom(null))).contains(REPORT);
        assertThat(catalog.route(launch("/launch/report"), Map.of("topic", "lessons"))).contains(REPORT);
    }

    @Test
    void routesByLastPathSegmentOfTheTargetLink() {
        assertThat(catalog.route(launch("/launch/lessons"), Map.of())).contains(LESSONS);
        assertThat(catalog.route(launch("/childsafe/launch/url-checker?x=1"), Map.of())).contains(URL_CHECKER);
    }

    @Test
    void routesByPathWithTrailingSlash() {
        assertThat(catalog.route(launch("/launch/lessons/"), Map.of())).contains(LESSONS);
        assertThat(catalog.route(launch("/launch/report//"), Map.of())).contains(REPORT);
    }

    @Test
    void unknownWidgetIdRoutesNowhere() {
        assertThat(catalog.route(launch("/launch/grades"), Map.of())).isEmpty();
        assertThat(catalog.route(launch("/launch/"), Map.of())).isEmpty();
        assertThat(catalog.route(launch(""), Map.of())).isEmpty();
        assertThat(catalog.find("Lessons")).isEmpty();
    }

    @Test
    void nullTargetAndNullCustomRouteNowhere() {
        assertThat(catalog.route(null, null)).isEmpty();
        assertThat(catalog.route(null, Map.of())).isEmpty();
        assertThat(catalog.route(URI.create("urn:childsafe:lessons"), null)).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    @Test
    void nullCustomStillRoutesByPath() {
        assertThat(catalog.route(launch("/launch/lessons"), null)).contains(LESSONS);
    }

    @Test
    void nullTargetStillRoutesByCustomParameter() {
        assertThat(catalog.route(null, custom("report"))).contains(REPORT);
    }

    @Test
    void listsWidgetsByOrderThenId() {
        assertThat(catalog.all()).containsExactly(LESSONS, REPORT, URL_CHECKER);
    }

    @Test
    void emptyCatalogRoutesNowhere() {
        WidgetCatalog empty = new WidgetCatalog(List.of());

        assertThat(empty.all()).isEmpty();
        assertThat(empty.route(launch("/launch/lessons"), custom("lessons"))).isEmpty();
    }

    @Test
    void refusesMalformedWidgetIds() {
        for (String id : new String[] {"Lessons", "a", "x/y", "1lessons", "-lessons", "lessons_2", "lessons.", ""}) {
            TestWidget widget = new TestWidget(id, "/w/" + id + "/index.xhtml", 10);

            assertThrows(IllegalStateException.class, () -> new WidgetCatalog(List.of(LESSONS, widget)), id);
        }
    }

    @Test
    void refusesIdLongerThanThirtyOneCharacters() {
        String longest = "a" + "b".repeat(30);
        String tooLong = longest + "c";

        assertThat(new WidgetCatalog(List.of(new TestWidget(longest, "/w/" + longest + "/i.xhtml", 1))).find(longest))
                .isPresent();
        assertThrows(IllegalStateException.class,
                () -> new WidgetCatalog(List.of(new TestWidget(tooLong, "/w/" + tooLong + "/i.xhtml", 1))));
    }

    @Test
    void refusesEntryPageOutsideItsOwnWidgetFolder() {
        for (String page : new String[] {"/lessons/index.xhtml", "/w/report/index.xhtml", "/w/lessons",
                "/w/lessonsx/index.xhtml", "w/lessons/index.xhtml", "/admin/w/lessons/index.xhtml"}) {
            TestWidget widget = new TestWidget("lessons", page, 10);

            assertThrows(IllegalStateException.class, () -> new WidgetCatalog(List.of(widget)), page);
        }
    }

    @Test
    void refusesDuplicateIds() {
        TestWidget other = new TestWidget("lessons", "/w/lessons/other.xhtml", 99);

        assertThrows(IllegalStateException.class, () -> new WidgetCatalog(List.of(LESSONS, other)));
    }

    private record TestWidget(String id, String entryPage, int order) implements Widget {

        @Override
        public String bundleVar() {
            return id + "Msg";
        }

        @Override
        public String titleKey() {
            return id + ".title";
        }

        @Override
        public String descriptionKey() {
            return id + ".description";
        }
    }
}
