package fr.normandie.ecoles.app.web.admin;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.schools.RequiredDocument;
import fr.normandie.ecoles.schools.RequiredDocumentItem;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.RequiredDocumentsForm;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrators' page of the documents each step of the opening expects (issue 16): every step's list, and the
 * form of one step's ({@code ?step=}), a row per document with blank rows to add some; a label emptied removes it.
 */
@Named
@ViewScoped
public class RequiredDocumentsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "requiredDocuments";
    private static final int BLANK_ROWS = 2;
    private static final Pattern ITEM_FIELD = Pattern.compile("documents\\[(\\d+)](.*)");

    /** One row of the form: an expected document kept (with its id) or added. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private String label;
        private Boolean mandatory;

        Row(String id, String label, boolean mandatory) {
            this.id = id;
            this.label = label;
            this.mandatory = mandatory;
        }

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public Boolean getMandatory() { return mandatory; }
        public void setMandatory(Boolean mandatory) { this.mandatory = mandatory; }
    }

    @Inject
    RequiredDocuments requiredDocuments;

    @Inject
    Steps steps;

    @Inject
    CurrentUser user;

    private Step step;
    private List<Row> rows;
    private Map<String, List<RequiredDocument>> all;

    @PostConstruct
    void open() {
        String key = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("step");
        List<Step> opening = getSteps();
        step = opening.stream().filter(s -> s.key().equals(key)).findFirst().orElse(opening.get(0));
        rows = new ArrayList<>();
        requiredDocuments.of(step.key()).forEach(d -> rows.add(new Row(d.id().toString(), d.label(), d.mandatory())));
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(null, null, false));
        }
    }

    /** The steps of the opening process, in order: those a carrier's project goes through. */
    public List<Step> getSteps() {
        return steps.of(Step.Process.OPENING);
    }

    public List<RequiredDocument> of(String stepKey) {
        if (all == null) {
            all = requiredDocuments.all();
        }
        return all.getOrDefault(stepKey, List.of());
    }

    /** The title of a step's form, also the accessible name of the link to it. */
    public String editTitle(Step of) {
        return Texts.get("requiredDocuments.edit", of.label());
    }

    public String rowLabel(int index) {
        return Texts.get("requiredDocuments.label", index + 1);
    }

    public Step getStep() {
        return step;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Sends the rows with a label, in order; a refusal of the n-th one is shown next to its row. */
    public String save() {
        List<Integer> sent = new ArrayList<>();
        List<RequiredDocumentItem> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (FreeText.optional(row.label) != null) {
                sent.add(i);
                items.add(new RequiredDocumentItem(row.id, row.label, Boolean.TRUE.equals(row.mandatory)));
            }
        }
        return FormErrors.submit(FORM, () -> {
            try {
                return requiredDocuments.set(step.key(), new RequiredDocumentsForm(items), user.caller());
            } catch (Rejected refused) {
                throw new Rejected(refused.kind(), refused.title(), refused.reasons().stream()
                        .map(reason -> new FieldReason(rowField(reason, sent), reason.message())).toList());
            }
        }).map(saved -> {
            FormErrors.info(Texts.get("requiredDocuments.saved", step.label()));
            return "/admin/required-documents.xhtml?faces-redirect=true&step=" + step.key();
        }).orElse(null);
    }

    /** {@code documents[1].label} of the items sent is the row they came from: {@code rows[3].label}. */
    private static String rowField(FieldReason reason, List<Integer> sent) {
        Matcher item = ITEM_FIELD.matcher(reason.field());
        if (!item.matches() || Integer.parseInt(item.group(1)) >= sent.size()) {
            return reason.field();
        }
        return "rows[" + sent.get(Integer.parseInt(item.group(1))) + "]" + item.group(2);
    }
}
