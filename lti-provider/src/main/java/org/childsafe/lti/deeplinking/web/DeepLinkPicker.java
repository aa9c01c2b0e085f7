package org.childsafe.lti.deeplinking.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.childsafe.lti.deeplinking.DeepLinkingAlreadyAnsweredException;
import org.childsafe.lti.deeplinking.DeepLinkingAnswer;
import org.childsafe.lti.deeplinking.DeepLinkingService;
import org.childsafe.lti.deeplinking.DeepLinkingSettings;
import org.childsafe.lti.deeplinking.PendingDeepLinking;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.plugin.DeepLinkItem;
import org.childsafe.lti.web.AutoPostForm;

/**
 * Backs {@code /dl/pick.xhtml}: lists the widgets' items grouped, and answers the pending request with the chosen
 * items ("Add to course") or none ("Cancel") by auto-posting the signed response to the platform.
 *
 * <p>The choices are plain HTML checkboxes or radio buttons named {@value #CHOICE} inside fieldsets, so screen
 * readers announce each group and label; the submitted ids are matched against the offered items by the service.
 */
@Named
@ViewScoped
public class DeepLinkPicker implements Serializable {

    /** Request parameter carrying the chosen item ids. */
    public static final String CHOICE = "item";

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeepLinkingService service;

    private DeepLinkingSettings settings;
    private Map<String, List<DeepLinkItem>> groups = Map.of();

    public void load() {
        pending().peek().ifPresent(s -> {
            settings = s;
            Map<String, List<DeepLinkItem>> grouped = new LinkedHashMap<>();
            for (DeepLinkItem item : service.offer(locale())) {
                String group = item.group() == null ? item.title() : item.group();
                grouped.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
            }
            groups = grouped;
        });
    }

    /** "Add to course": answers with the chosen items. */
    public void add() throws IOException {
        String[] values = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .get(CHOICE);
        Set<String> chosen = values == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(values));
        if (chosen.isEmpty()) {
            error("dl.pick.none");
            return;
        }
        if (chosen.size() > 1 && !isMultiple()) {
            error("dl.pick.one-only");
            return;
        }
        answer(chosen);
    }

    /** "Cancel": answers with an empty content_items array, so the platform closes its dialog. */
    public void cancel() throws IOException {
        answer(Set.of());
    }

    public boolean isMultiple() {
        return settings != null && settings.acceptMultiple();
    }

    public boolean isAcceptsResourceLinks() {
        return settings != null && settings.acceptsResourceLinks();
    }

    /** The items by group, in catalog order; a record, read in EL as {@code group.label()}. */
    public List<Group> getGroups() {
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public String getChoice() {
        return CHOICE;
    }

    private void answer(Set<String> chosen) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        DeepLinkingAnswer answer;
        try {
            answer = service.answer(pending(), chosen, locale());
        } catch (DeepLinkingAlreadyAnsweredException e) {
            error("dl.pick.answered");
            return;
        }
        ExternalContext external = faces.getExternalContext();
        AutoPostForm.write((HttpServletResponse) external.getResponse(), answer.returnUrl(),
                Map.of(DeepLinkingAnswer.FORM_FIELD, answer.jwt()));
        faces.responseComplete();
    }

    private static PendingDeepLinking pending() {
        Object pending = FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(PendingDeepLinking.SESSION_ATTRIBUTE);
        if (pending instanceof PendingDeepLinking p) {
            return p;
        }
        throw new DeepLinkingAlreadyAnsweredException();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static void error(String key) {
        String text = ResourceBundle.getBundle(Messages.BUNDLE, locale()).getString(key);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * One fieldset of the picker.
     *
     * @param label the legend
     * @param items the items in it
     */
    public record Group(String label, List<DeepLinkItem> items) implements Serializable {
    }
}
