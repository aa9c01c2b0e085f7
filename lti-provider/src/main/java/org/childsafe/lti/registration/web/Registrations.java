package org.childsafe.lti.registration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.childsafe.lti.admin.AdminAccess;
import org.childsafe.lti.admin.AdminScope;
import org.childsafe.lti.admin.AdminScopeException;
import org.childsafe.lti.audit.AuditEvent;
import org.childsafe.lti.i18n.Messages;
import org.childsafe.lti.registration.application.RegistrationException;
import org.childsafe.lti.registration.application.RegistrationService;
import org.childsafe.lti.registration.application.RegistrationView;

/**
 * Backs {@code /admin/registrations.xhtml}: the registrations the administrator may see, the one selected by the
 * {@code id} view parameter (an LTI administrator's own is selected for them), the add/edit form and the audit
 * trail. Loaded by {@code <f:viewAction action="#{registrations.load}">}; every change reloads through a redirect.
 */
@Named
@ViewScoped
public class Registrations implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/registrations?faces-redirect=true";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject
    RegistrationService service;

    @Inject
    AdminAccess access;

    private Long id;
    private AdminScope scope;
    private List<RegistrationView> all = List.of();
    private RegistrationView selected;
    private RegistrationForm form = new RegistrationForm();
    private List<AuditEvent> audit = List.of();

    /** Reads everything the page shows, within the administrator's scope. */
    public void load() {
        scope = access.current();
        all = service.list(scope);
        if (id == null) {
            id = scope.registrationId().orElse(null);
        }
        selected = null;
        if (id != null) {
            try {
                selected = service.find(scope, id);
                form = RegistrationForm.of(selected);
            } catch (RegistrationException | AdminScopeException refused) {
                id = null;
                Feedback.refused(refused, null);
            }
        }
        audit = service.auditTrail(scope);
    }

    /** Creates a registration, or updates the selected one. */
    public String save() {
        try {
            RegistrationView saved = selected == null
                    ? service.create(access.current(), form.toDraft())
                    : service.update(access.current(), selected.id(), form.toDraft());
            Feedback.success(selected == null ? "admin.registration.created" : "admin.registration.updated", saved.displayName());
            return SELF + "&id=" + saved.id();
        } catch (RegistrationException | AdminScopeException refused) {
            Feedback.refused(refused, "registrationForm");
            return null;
        }
    }

    /** Deletes a registration (tool administrator only) and returns to the list. */
    public String delete(long registrationId) {
        try {
            service.delete(access.current(), registrationId);
            Feedback.success("admin.registration.deleted");
            return SELF;
        } catch (RegistrationException | AdminScopeException refused) {
            Feedback.refused(refused, null);
            return null;
        }
    }

    /** A text of the tool's bundle in the page's language with one argument, for attributes such as confirm messages. */
    public String format(String key, Object argument) {
        return Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, String.valueOf(argument));
    }

    /** An instant as {@code yyyy-MM-dd HH:mm:ss} in UTC (Faces 4.0 has no converter for {@link Instant}). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AdminScope getScope() {
        return scope;
    }

    public List<RegistrationView> getAll() {
        return all;
    }

    public RegistrationView getSelected() {
        return selected;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public List<AuditEvent> getAudit() {
        return audit;
    }
}
