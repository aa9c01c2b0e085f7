package org.childsafe.urlcheck;

import jakarta.enterprise.context.ApplicationScoped;
import org.childsafe.lti.plugin.Widget;

/** Plugs the Link checker widget into the LTI core: launches for `urlcheck` land on its entry page. */
@ApplicationScoped
public class UrlCheckWidget implements Widget {

    @Override
    public String id() {
        return "urlcheck";
    }

    @Override
    public String entryPage() {
        return "/w/urlcheck/index.xhtml";
    }

    @Override
    public String bundleVar() {
        return "urlcheckMsg";
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
        return 30;
    }
}
