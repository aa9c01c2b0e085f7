package org.childsafe.lti.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the language of the launch (or the user's choice) from the start, not only when the
 * template's {@code <f:view locale>} is rendered: a {@code f:viewAction} runs before rendering, and texts it
 * produces (picker items, Faces messages) would otherwise follow the browser's {@code Accept-Language} — an
 * English browser inside a Vietnamese course would get a mixed page.
 */
public class LaunchLocaleViewHandler extends ViewHandlerWrapper {

    public LaunchLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleSelector.class).get().getLocale();
    }
}
