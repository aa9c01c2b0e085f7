package org.childsafe.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.childsafe.lti.plugin.Widget;

/** Plugs the Report a problem widget into the LTI core: launches for `report` land on its entry page. */
@ApplicationScoped
public class ReportWidget implements Widget {

    @Override
    public String id() {
        return "report";
    }

    @Override
    public String entryPage() {
        return "/w/report/index.xhtml";
    }

    @Override
    public String bundleVar() {
        return "reportMsg";
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
        return 20;
    }
}
