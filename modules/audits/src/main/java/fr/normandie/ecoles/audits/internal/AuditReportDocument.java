package fr.normandie.ecoles.audits.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.Scores;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.ProjectSummary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays out the report of one audit as a PDF in French: who, where and when, the outcome and the scores,
 * the verdict on each criterion, the findings, the corrective actions, the actions reviewed, the
 * conclusion and a signature block for the auditors and the school.
 */
final class AuditReportDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Color SHADE = new Color(230, 236, 244);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

    private final LabelAudit audit;
    private final ProjectSummary project;
    private final Document document = new Document(PageSize.A4, 40, 40, 40, 50);

    private AuditReportDocument(LabelAudit audit, ProjectSummary project) {
        this.audit = audit;
        this.project = project;
    }

    static byte[] render(LabelAudit audit, ProjectSummary project) {
        return new AuditReportDocument(audit, project).render();
    }

    private byte[] render() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, pdf);
        document.addTitle(audit.kind().label() + " — " + project.name());
        HeaderFooter footer = new HeaderFooter(new Phrase("Rapport d'audit FNEP — " + project.name() + " — page ", TEXT), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        identification();
        scores();
        verdicts();
        findings();
        reviews();
        conclusion();
        signatures();
        document.close();
        return pdf.toByteArray();
    }

    private void identification() {
        Paragraph title = new Paragraph("Rapport d'audit — label FNEP", TITLE);
        title.setSpacingAfter(4);
        document.add(title);
        document.add(new Paragraph(audit.kind().label() + " de l'école de production", HEADING));
        PdfPTable table = table(new float[]{1.2f, 3f});
        row(table, "École", project.name());
        row(table, "Porteur", project.carrier());
        row(table, "Commune", project.communeName() + " (" + project.departmentCode() + ")");
        row(table, "Site audité", audit.site());
        row(table, "Date de l'audit", date(audit.auditedOn()));
        row(table, "Auditeurs", String.join(", ", audit.auditors()));
        row(table, "Cahier des charges", audit.catalogueVersion() == null ? "—" : "version " + audit.catalogueVersion());
        row(table, "Résultat", audit.outcome().label());
        row(table, "Score global", percent(audit.scores().overall()));
        document.add(table);
    }

    private void scores() {
        if (audit.scores().themes().isEmpty()) {
            return;
        }
        heading("Scores par thème");
        PdfPTable table = table(new float[]{3.2f, 1f, 1f, 1f, 1f, 0.9f});
        header(table, "Thème", "Conformes", "Partiels", "Non conformes", "Sans objet", "Score");
        for (Scores.ThemeScore theme : audit.scores().themes()) {
            cells(table, theme.title(), String.valueOf(theme.compliant()), String.valueOf(theme.partiallyCompliant()),
                    String.valueOf(theme.nonCompliant()), String.valueOf(theme.notApplicable()), percent(theme.score()));
        }
        document.add(table);
    }

    private void verdicts() {
        if (audit.verdicts().isEmpty()) {
            return;
        }
        heading("Verdicts par critère");
        PdfPTable table = table(new float[]{0.8f, 3f, 1.4f, 2.6f});
        header(table, "Critère", "Exigence", "Verdict", "Commentaire et preuves");
        String theme = null;
        for (LabelAudit.RecordedVerdict verdict : audit.verdicts()) {
            if (verdict.theme() != null && !verdict.theme().equals(theme)) {
                theme = verdict.theme();
                PdfPCell cell = new PdfPCell(new Phrase(theme, BOLD));
                cell.setColspan(4);
                cell.setBackgroundColor(SHADE);
                table.addCell(cell);
            }
            cells(table, verdict.criterion(), Objects.toString(verdict.wording(), ""), verdict.verdict().label(),
                    remarks(verdict.comment(), verdict.evidence()));
        }
        document.add(table);
    }

    private void findings() {
        heading("Constats");
        if (audit.findings().isEmpty()) {
            document.add(new Paragraph("Aucun constat.", TEXT));
            return;
        }
        PdfPTable table = table(new float[]{0.4f, 1.6f, 0.8f, 4f});
        header(table, "N°", "Gravité", "Critère", "Constat");
        for (int i = 0; i < audit.findings().size(); i++) {
            LabelAudit.Finding finding = audit.findings().get(i);
            cells(table, String.valueOf(i + 1), finding.severity().label(), Objects.toString(finding.criterion(), "—"),
                    finding.description());
        }
        document.add(table);
        List<String[]> actions = new ArrayList<>();
        for (int i = 0; i < audit.findings().size(); i++) {
            for (CorrectiveAction action : audit.findings().get(i).actions()) {
                actions.add(new String[]{String.valueOf(i + 1), action.description(), action.owner(),
                        date(action.dueOn()), action.status().label()});
            }
        }
        heading("Actions correctives");
        if (actions.isEmpty()) {
            document.add(new Paragraph("Aucune action corrective.", TEXT));
            return;
        }
        PdfPTable table2 = table(new float[]{0.6f, 3.4f, 1.4f, 1.1f, 1.2f});
        header(table2, "Constat", "Action", "Responsable", "Échéance", "Statut");
        actions.forEach(action -> cells(table2, action));
        document.add(table2);
    }

    private void reviews() {
        if (audit.actionReviews().isEmpty()) {
            return;
        }
        heading("Actions correctives des audits précédents");
        PdfPTable table = table(new float[]{3.4f, 1.2f, 2.6f});
        header(table, "Action", "Statut constaté", "Commentaire");
        for (LabelAudit.Review review : audit.actionReviews()) {
            cells(table, review.description(), review.status().label(), Objects.toString(review.comment(), ""));
        }
        document.add(table);
    }

    private void conclusion() {
        heading("Conclusion");
        document.add(new Paragraph(audit.outcome().label() + "."
                + (audit.conclusion() == null ? "" : " " + audit.conclusion()), TEXT));
    }

    private void signatures() {
        heading("Signatures");
        document.add(new Paragraph("Fait le " + date(audit.auditedOn()) + ", rapport établi le "
                + date(LocalDate.ofInstant(audit.recordedAt(), Clock.REGION))
                + " d'après l'audit enregistré par " + audit.recordedBy() + ".", TEXT));
        PdfPTable table = table(new float[]{1f, 1f});
        header(table, "Pour l'équipe d'audit FNEP", "Pour l'école, le représentant du porteur");
        PdfPCell auditors = new PdfPCell(new Phrase(String.join(", ", audit.auditors())
                + "\n\nDate et signature :\n\n\n\n", TEXT));
        PdfPCell school = new PdfPCell(new Phrase(project.carrier() + "\n\nNom, date et signature :\n\n\n\n", TEXT));
        table.addCell(auditors);
        table.addCell(school);
        table.setKeepTogether(true);
        document.add(table);
    }

    private void heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, BOLD));
        name.setBackgroundColor(SHADE);
        table.addCell(name);
        table.addCell(new PdfPCell(new Phrase(Objects.toString(value, "—"), TEXT)));
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(new Chunk(Objects.toString(value, ""), TEXT))));
        }
    }

    private static String remarks(String comment, String evidence) {
        return Stream.of(comment, evidence == null ? null : "Preuves : " + evidence)
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    private static String percent(Integer score) {
        return score == null ? "—" : score + " %";
    }
}
