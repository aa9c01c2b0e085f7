package org.childsafe.lessons;

import jakarta.enterprise.context.ApplicationScoped;
import org.childsafe.lti.plugin.Widget;

/** Plugs the Safety lessons widget into the LTI core: launches for `lessons` land on its entry page. */
@ApplicationScoped
public class LessonsWidget implements Widget {

    @Override
    public String id() {
        return "lessons";
    }

    @Override
    public String entryPage() {
        return "/w/lessons/index.xhtml";
    }

    @Override
    public String bundleVar() {
        return "lessonsMsg";
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
        return 10;
    }
}
