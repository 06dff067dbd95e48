package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ProjectRegistration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a project's registration as an edit records them: each by its name in the registration, its value
 * as text, and how the timeline says it in French. An edit compares the registration before and after field by
 * field, so a field added to the registration is added here and is then kept in the history of its edits.
 */
enum RegistrationField {
    NAME("name", "nom", ProjectRegistration::name),
    CARRIER("carrier", "porteur", ProjectRegistration::carrier),
    CARRIER_LEGAL_FORM("carrierLegalForm", "forme juridique du porteur", ProjectRegistration::carrierLegalForm),
    CARRIER_NON_PROFIT("carrierNonProfit", "porteur à but non lucratif", ProjectRegistration::carrierNonProfit),
    CARRIER_SIREN("carrierSiren", "SIREN du porteur", ProjectRegistration::carrierSiren),
    DEPARTMENT("departmentCode", "département", ProjectRegistration::departmentCode),
    COMMUNE("communeCode", "commune (code INSEE)", ProjectRegistration::communeCode),
    TRADES("trades", "métiers", ProjectRegistration::trades),
    DIPLOMAS("diplomas", "diplômes", ProjectRegistration::diplomasOrNone),
    CAPACITY("capacity", "capacité prévue", ProjectRegistration::capacity),
    PLANNED_OPENING("plannedOpening", "ouverture prévue", ProjectRegistration::plannedOpening),
    FAMILY_CONTRIBUTION("familyContribution", "contribution des familles", ProjectRegistration::familyContribution);

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String field;
    private final String label;
    private final Function<ProjectRegistration, Object> value;

    RegistrationField(String field, String label, Function<ProjectRegistration, Object> value) {
        this.field = field;
        this.label = label;
        this.value = value;
    }

    String field() {
        return field;
    }

    /** The field's value as text: ISO dates, plain decimals, lists joined by a comma; null when it has none. */
    String text(ProjectRegistration registration) {
        Object of = value.apply(registration);
        if (of instanceof Collection<?> list) {
            return list.isEmpty() ? null : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (of instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return of == null ? null : of.toString();
    }

    boolean differs(ProjectRegistration before, ProjectRegistration after) {
        return !Objects.equals(text(before), text(after));
    }

    /** "ouverture prévue : 01/09/2027 → 01/09/2028", as the timeline shows a change of this field. */
    static String said(String field, String before, String after) {
        for (RegistrationField known : values()) {
            if (known.field.equals(field)) {
                return known.label + " : " + known.shown(before) + " → " + known.shown(after);
            }
        }
        return field + " : " + before + " → " + after;
    }

    private String shown(String text) {
        if (text == null) {
            return "(aucun)";
        }
        if (this == PLANNED_OPENING) {
            return LocalDate.parse(text).format(FRENCH_DATE);
        }
        if (this == CARRIER_NON_PROFIT) {
            return Boolean.parseBoolean(text) ? "oui" : "non";
        }
        return text;
    }
}
