package fr.normandie.ecoles.funding.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.LineAmounts;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.schools.ProjectSummary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The letter that notifies the carrier of the Region's decision, in French, made from the stored
 * decision: the vote, the amounts of each line with the Region's share, the payment schedule, the
 * co-financers and the conditions attached to the grant; for a refusal, the refusal.
 */
final class NotificationLetter {

    static final List<String> GENERAL_CONDITIONS = List.of(
            "La subvention est affectée exclusivement au projet décrit ci-dessus ; toute modification "
                    + "substantielle du projet ou de son plan de financement est signalée à la Région.",
            "Les versements suivent l'échéancier ci-dessus : l'avance à la notification, les acomptes sur "
                    + "justificatif de l'avancement, le solde sur présentation du compte rendu financier et des "
                    + "factures acquittées.",
            "Le bénéficiaire fait état du soutien de la Région Normandie dans sa communication.",
            "La Région peut demander le reversement des sommes non justifiées ou non employées conformément "
                    + "à leur objet.");

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Color HEADER_FILL = new Color(221, 235, 247);

    private final Subsidy subsidy;
    private final ProjectSummary project;
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    private NotificationLetter(Subsidy subsidy, ProjectSummary project) {
        this.subsidy = subsidy;
        this.project = project;
    }

    static byte[] render(Subsidy subsidy, ProjectSummary project, LocalDate writtenOn) {
        return new NotificationLetter(subsidy, project).write(writtenOn);
    }

    private byte[] write(LocalDate writtenOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle("Notification de la décision de subvention régionale");
        document.addAuthor("Région Normandie");
        document.open();
        letterhead(writtenOn);
        if (subsidy.decision() == SubsidyDecision.GRANTED) {
            grant();
        } else {
            refusal();
        }
        signature();
        document.close();
        return out.toByteArray();
    }

    private void letterhead(LocalDate writtenOn) {
        add(new Paragraph("Région Normandie", TITLE));
        add(new Paragraph("Commission permanente du Conseil régional", TEXT));
        Paragraph date = new Paragraph("Caen, le " + Labels.longDate(writtenOn), TEXT);
        date.setAlignment(Element.ALIGN_RIGHT);
        add(date);
        Paragraph to = new Paragraph(project.carrier() + "\nPorteur du projet " + quoted(project.name()) + "\n"
                + project.communeName() + " (" + project.departmentCode() + ")", TEXT);
        to.setIndentationLeft(260);
        to.setSpacingBefore(18);
        to.setSpacingAfter(18);
        add(to);
        add(new Paragraph("Objet : notification de la décision de subvention régionale — " + project.name(), HEADING));
        add(spaced(new Paragraph("Madame, Monsieur,", TEXT)));
    }

    private void grant() {
        add(spaced(new Paragraph("Par délibération n° " + subsidy.deliberation() + " du "
                + Labels.longDate(subsidy.votedOn()) + ", la Commission permanente du Conseil régional de Normandie a "
                + "décidé d'accorder à " + project.carrier() + " une subvention de " + Euros.format(subsidy.granted())
                + " pour le projet d'école de production " + quoted(project.name()) + ". Cette subvention est engagée "
                + "sur l'enveloppe budgétaire " + subsidy.envelopeYear() + " consacrée aux écoles de production.", TEXT)));
        add(new Paragraph("Montants", HEADING));
        add(amounts());
        if (subsidy.operatingBasis() == OperatingBasis.PER_PUPIL && subsidy.pupils() != null) {
            add(new Paragraph("L'aide au fonctionnement est calculée par élève et par an, pour " + subsidy.pupils()
                    + " élève(s).", SMALL));
        }
        add(new Paragraph("Échéancier des versements", HEADING));
        add(schedule());
        if (!subsidy.coFinancers().isEmpty()) {
            add(new Paragraph("Cofinancements déclarés", HEADING));
            add(coFinancers());
        }
        add(new Paragraph("Conditions", HEADING));
        List<String> conditions = new ArrayList<>(GENERAL_CONDITIONS);
        if (subsidy.conditions() != null) {
            conditions.add("Conditions particulières : " + subsidy.conditions());
        }
        for (int i = 0; i < conditions.size(); i++) {
            Paragraph condition = new Paragraph((i + 1) + ". " + conditions.get(i), TEXT);
            condition.setIndentationLeft(12);
            add(condition);
        }
    }

    private void refusal() {
        String vote = subsidy.deliberation() == null || subsidy.votedOn() == null ? "La Région Normandie"
                : "Par délibération n° " + subsidy.deliberation() + " du " + Labels.longDate(subsidy.votedOn())
                        + ", la Commission permanente du Conseil régional de Normandie";
        add(spaced(new Paragraph(vote + " n'a pas retenu la demande de subvention présentée par " + project.carrier()
                + " pour le projet d'école de production " + quoted(project.name()) + ". Aucune somme ne sera "
                + "versée à ce titre.", TEXT)));
    }

    private void signature() {
        add(spaced(new Paragraph("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations "
                + "distinguées.", TEXT)));
        Paragraph signed = new Paragraph("Pour le Président du Conseil régional et par délégation,\n"
                + "le service des subventions", TEXT);
        signed.setIndentationLeft(260);
        add(signed);
    }

    private PdfPTable amounts() {
        PdfPTable table = table(new float[]{3, 2.4f, 2.4f, 1.4f, 2.4f},
                "Ligne", "Montant demandé", "Montant éligible", "Part", "Montant accordé");
        line(table, "Investissement", subsidy.investment());
        line(table, "Fonctionnement", subsidy.operating());
        cells(table, SMALL_BOLD, "Total", "", "", "", Euros.format(subsidy.granted()));
        return table;
    }

    private static void line(PdfPTable table, String name, LineAmounts amounts) {
        cells(table, SMALL, name, euros(amounts.requested()), euros(amounts.eligible()),
                amounts.share() == null ? "" : Euros.percent(amounts.share()), euros(amounts.granted()));
    }

    private PdfPTable schedule() {
        PdfPTable table = table(new float[]{0.8f, 1.6f, 1.8f, 2.2f, 5}, "N°", "Nature", "Date prévue", "Montant",
                "Condition de versement");
        for (ScheduledPayment line : subsidy.schedule()) {
            cells(table, SMALL, String.valueOf(line.line()), line.kind().label(), Labels.shortDate(line.dueOn()),
                    Euros.format(line.amount()), line.condition() == null ? "" : line.condition());
        }
        return table;
    }

    private PdfPTable coFinancers() {
        PdfPTable table = table(new float[]{3.4f, 3.4f, 2, 2.2f}, "Financeur", "Programme", "Ligne", "Montant");
        for (CoFinancing c : subsidy.coFinancers()) {
            cells(table, SMALL, c.funder(), c.programme().label(), c.line().label(), Euros.format(c.amount()));
        }
        return table;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, font)));
        }
    }

    private static String euros(BigDecimal amount) {
        return amount == null ? "" : Euros.format(amount);
    }

    /** French quotation marks, held to the words by no-break spaces. */
    private static String quoted(String text) {
        return "«" + Euros.NO_BREAK_SPACE + text + Euros.NO_BREAK_SPACE + "»";
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private void add(Element element) {
        document.add(element);
    }
}
