package org.childsafe.lti.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deep-linking items widgets offer: the default item, and the invariants of an item. */
class DeepLinkItemTest {

    @Test
    void defaultItemIsTheWidgetItselfWithoutLineItem() {
        Widget widget = new PlainWidget("report", "/w/report/index.xhtml", 20);

        List<DeepLinkItem> items = widget.deepLinkItems(Locale.ENGLISH);

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo("report");
            assertThat(item.widget()).isEqualTo("report");
            assertThat(item.custom()).containsEntry(Widget.CUSTOM_PARAMETER, "report");
            assertThat(item.graded()).isEmpty();
        });
    }

    @Test
    void customParametersAlwaysNameTheWidget() {
        DeepLinkItem item = new DeepLinkItem("lessons:a", "lessons", "A", null, Map.of("x", "1"), null, null);

        assertThat(item.custom()).containsEntry(Widget.CUSTOM_PARAMETER, "lessons").containsEntry("x", "1");
    }

    @Test
    void refusesNonPositiveScoreMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new DeepLinkItem.LineItemSpec(0, "l", "r", "t"));
    }

    @Test
    void catalogRefusesDuplicateItemIds() {
        Widget one = new PlainWidget("lessons", "/w/lessons/index.xhtml", 10);
        Widget two = new PlainWidget("report", "/w/report/index.xhtml", 20) {
            @Override
            public List<DeepLinkItem> deepLinkItems(Locale locale) {
                return List.of(new DeepLinkItem("lessons", "report", "R", null, Map.of(), null, null));
            }
        };

        assertThrows(IllegalStateException.class, () -> new WidgetCatalog(List.of(one, two)).deepLinkItems(Locale.ENGLISH));
    }

    private static class PlainWidget implements Widget {

        private final String id;
        private final int order;

        PlainWidget(String id, String entryPage, int order) {
            this.id = id;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

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
        public int order() {
            return order;
        }
    }
}
