package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.audits.AuditRejectedException;
import fr.normandie.ecoles.audits.CatalogueConflictException;
import fr.normandie.ecoles.funding.EnvelopeExceededException;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.UnknownEnvelopeException;
import fr.normandie.ecoles.schools.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows what the modules refused next to the field it concerns. The modules name a field by its path in
 * the record they validate ({@code communeCode}, {@code backers[0].kind}, {@code partnerFirms[2]}); a form
 * names its fields after those paths ({@code backers:0:kind} inside a repeat called {@code backers}), so
 * the path leads to the field. A path no field answers to is shown at the top of the form. The label's
 * rules (an audit refused) name their fields the same way; a grant the envelope cannot bear is shown on
 * the grant's total, other money conflicts at the top of the page.
 */
public final class FormErrors {

    /**
     * Where a form shows that the year's envelope cannot bear a grant: the grant's total, which no single
     * amount field holds.
     */
    public static final String ENVELOPE_FIELD = "totalGranted";

    private FormErrors() {
    }

    /**
     * Runs what a form submits to a module; what the module refuses is shown next to its fields, and
     * the form keeps what was typed.
     * @return the module's answer, or empty when it refused the form
     */
    public static <T> Optional<T> submit(String formId, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (ConstraintViolationException e) {
            show(formId, e);
        } catch (InvalidInputException e) {
            show(formId, e);
        } catch (AuditRejectedException e) {
            e.violations().forEach(v -> field(formId, v.field(), v.message()));
        } catch (EnvelopeExceededException e) {
            field(formId, ENVELOPE_FIELD, e.getMessage());
        } catch (UnknownEnvelopeException e) {
            field(formId, "envelopeYear", e.getMessage());
        } catch (FundingConflictException | CatalogueConflictException e) {
            global(e.getMessage());
        }
        return Optional.empty();
    }

    public static void show(String formId, ConstraintViolationException refused) {
        refused.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .forEach(v -> field(formId, v.getPropertyPath().toString(), v.getMessage()));
    }

    public static void show(String formId, InvalidInputException refused) {
        field(formId, refused.field(), refused.getMessage());
    }

    /** Shows a message at the top of the page, for what concerns no single field. */
    public static void global(String message) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public static void info(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a message next to the field the path names ({@code file}, {@code backers[0].kind}) in the form. */
    public static void field(String formId, String path, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        String clientId = formId + UINamingContainer.getSeparatorChar(context) + componentPath(path);
        FacesMessage shown = new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
        // invokeOnComponent, unlike findComponent, reaches the fields of a row of a repeat (backers:0:kind);
        // the field is left valid, so that it shows again what was typed
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, field) -> { });
        context.addMessage(found ? clientId : null, shown);
    }

    /** {@code backers[0].kind} → {@code backers:0:kind}; {@code partnerFirms[2].<list element>} → {@code partnerFirms}. */
    static String componentPath(String path) {
        String withoutContainers = path.replaceAll("\\.<[^>]+>", "");
        String withoutTrailingIndex = withoutContainers.replaceAll("\\[\\d+]$", "");
        return withoutTrailingIndex.replaceAll("\\[(\\d+)]\\.", ":$1:").replace('.', ':');
    }
}
