package fr.normandie.ecoles.app.web;

import fr.normandie.ecoles.kernel.Refusal;
import fr.normandie.ecoles.kernel.Rejected;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows what the modules refused next to the field it concerns. The modules name a field by its path in
 * the record they validate ({@code communeCode}, {@code backers[0].kind}, {@code partnerFirms[2]}); a form
 * names its fields after those paths ({@code backers:0:kind} inside a repeat called {@code backers}), so
 * the path leads to the field. A path no field answers to is shown at the top of the form. Any other
 * refusal of a module is shown next to the field it names (a grant the envelope cannot bear on the
 * grant's total), else at the top of the page.
 */
public final class FormErrors {

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
        } catch (Rejected e) {
            show(formId, e);
        } catch (Refusal e) {
            e.field().ifPresentOrElse(field -> field(formId, field, e.getMessage()), () -> global(e.getMessage()));
        }
        return Optional.empty();
    }

    public static void show(String formId, ConstraintViolationException refused) {
        refused.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .forEach(v -> field(formId, v.getPropertyPath().toString(), v.getMessage()));
    }

    public static void show(String formId, Rejected refused) {
        refused.reasons().forEach(reason -> field(formId, reason.field(), reason.message()));
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
        String prefix = formId + UINamingContainer.getSeparatorChar(context);
        FacesMessage shown = new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
        // invokeOnComponent, unlike findComponent, reaches the fields of a row of a repeat (backers:0:kind);
        // the field is left valid, so that it shows again what was typed
        String clientId = itemPath(path).map(item -> prefix + item)
                .filter(item -> context.getViewRoot().invokeOnComponent(context, item, (ctx, field) -> { }))
                .orElse(prefix + componentPath(path));
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ctx, field) -> { });
        context.addMessage(found ? clientId : null, shown);
    }

    /**
     * An element of a list of values ({@code amounts[1]}, {@code amounts[1].<list element>}) typed one per row of a
     * repeat named after the list, in the row's field {@code item}: {@code amounts:1:item}. A form that types the
     * list in one field (a line each) has no such row, and the message goes next to the list.
     */
    static Optional<String> itemPath(String path) {
        Matcher element = LIST_ELEMENT.matcher(path);
        return element.matches() ? Optional.of(element.group(1).replace('.', ':') + ":" + element.group(2) + ":item")
                : Optional.empty();
    }

    private static final Pattern LIST_ELEMENT = Pattern.compile("([\\w.]+)\\[(\\d+)](?:\\.<list element>)?");

    /** {@code backers[0].kind} → {@code backers:0:kind}; {@code partnerFirms[2].<list element>} → {@code partnerFirms}. */
    static String componentPath(String path) {
        String withoutContainers = path.replaceAll("\\.<[^>]+>", "");
        String withoutTrailingIndex = withoutContainers.replaceAll("\\[\\d+]$", "");
        return withoutTrailingIndex.replaceAll("\\[(\\d+)]\\.", ":$1:").replace('.', ':');
    }
}
