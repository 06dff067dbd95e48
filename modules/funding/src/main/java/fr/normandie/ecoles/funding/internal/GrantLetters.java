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
import fr.normandie.ecoles.funding.Grant;
import fr.normandie.ecoles.funding.GrantAmendment;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantSummary;
import fr.normandie.ecoles.funding.GrantYear;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A grant's documents in French, made from the stored grant: the agreement (convention) with its parties, object,
 * amounts per year, payment terms, reporting duties and recovery clause, and its avenants; the refusal letter with
 * the appeal routes and delays (code des relations entre le public et l'administration, art. L.411-2; code de justice
 * administrative, art. R.421-1).
 */
final class GrantLetters {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private GrantLetters() {
    }

    static byte[] agreement(Grant grant, BigDecimal threshold) {
        GrantSummary g = grant.summary();
        return pdf("Convention attributive de subvention", document -> {
            document.add(new Paragraph("Convention attributive de subvention n° "
                    + (grant.agreementReference() == null ? "(à signer)" : grant.agreementReference()), TITLE));
            document.add(spaced(new Paragraph("Entre la Région Normandie, représentée par le Président du Conseil "
                    + "régional, agissant en vertu de la délibération n° " + g.deliberation() + " de la Commission "
                    + "permanente du " + Labels.longDate(g.votedOn()) + ", ci-après « la Région »,", TEXT)));
            document.add(spaced(new Paragraph("et " + g.beneficiary() + ", organisme gestionnaire de l'école de "
                    + "production « " + g.schoolName() + " » (département " + g.departmentCode() + "), ci-après « le "
                    + "bénéficiaire ».", TEXT)));
            document.add(new Paragraph("Vu la loi n° 2000-321 du 12 avril 2000, article 10, et le décret n° 2001-495 du "
                    + "6 juin 2001 : toute subvention dont le montant annuel dépasse " + Euros.format(threshold)
                    + " fait l'objet d'une convention.", SMALL));
            document.add(heading("Article 1 — Objet"));
            document.add(new Paragraph("La Région attribue au bénéficiaire une subvention " + kind(g.kind())
                    + (g.years() > 1 ? " pluriannuelle sur " + g.years() + " ans" : "") + (grant.purpose() == null ? "."
                    : " : " + grant.purpose()), TEXT));
            document.add(heading("Article 2 — Montants par année"));
            PdfPTable years = table(new float[]{2, 3}, "Année", "Montant");
            for (GrantYear year : grant.years()) {
                cells(years, SMALL, String.valueOf(year.year()), Euros.format(year.granted()));
            }
            cells(years, SMALL_BOLD, "Total", Euros.format(g.granted()));
            document.add(years);
            document.add(heading("Article 3 — Modalités de versement"));
            document.add(new Paragraph("La subvention est versée par acomptes à compter de la signature de la présente "
                    + "convention, chaque année à partir du 1er janvier de l'année concernée ; un solde de "
                    + Euros.format(grant.balance()) + " est versé après réception et examen du compte rendu financier.", TEXT));
            document.add(heading("Article 4 — Obligations de compte rendu"));
            document.add(new Paragraph("Le bénéficiaire adresse à la Région, dans les six mois suivant la fin de chaque "
                    + "exercice, le compte rendu financier de l'emploi de la subvention (arrêté du 11 octobre 2006), ses "
                    + "comptes annuels et un rapport d'activité (élèves accueillis, diplômes, insertion).", TEXT));
            document.add(heading("Article 5 — Reversement"));
            document.add(new Paragraph("La Région exige le reversement de tout ou partie des sommes versées qui ne sont pas "
                    + "justifiées par le compte rendu financier ou qui n'ont pas été employées conformément à l'objet de "
                    + "la présente convention ; un titre de recette est alors émis.", TEXT));
            if (!grant.amendments().isEmpty()) {
                document.add(heading("Avenants"));
                for (GrantAmendment amendment : grant.amendments()) {
                    document.add(new Paragraph("Avenant n° " + amendment.number() + " (délibération n° "
                            + amendment.deliberation() + " du " + Labels.longDate(amendment.votedOn()) + ") : montants "
                            + amounts(amendment.before()) + " portés à " + amounts(amendment.after())
                            + (amendment.reason() == null ? "." : " — " + amendment.reason()), TEXT));
                }
            }
            document.add(spaced(new Paragraph("Fait en deux exemplaires" + (g.agreementSignedOn() == null ? "."
                    : ", signé le " + Labels.shortDate(g.agreementSignedOn()) + "."), TEXT)));
            document.add(new Paragraph("Pour la Région Normandie, le Président du Conseil régional.          "
                    + "Pour le bénéficiaire, son représentant légal.", TEXT));
        });
    }

    static byte[] refusal(Grant grant, LocalDate writtenOn) {
        GrantSummary g = grant.summary();
        return pdf("Notification de refus de subvention", document -> {
            document.add(new Paragraph("Région Normandie", TITLE));
            Paragraph date = new Paragraph("Caen, le " + Labels.shortDate(writtenOn), TEXT);
            date.setAlignment(Element.ALIGN_RIGHT);
            document.add(date);
            document.add(spaced(new Paragraph(g.beneficiary() + "\nÉcole de production « " + g.schoolName() + " »", TEXT)));
            document.add(new Paragraph("Objet : votre demande de subvention " + kind(g.kind()), HEADING));
            document.add(spaced(new Paragraph("Madame, Monsieur,", TEXT)));
            document.add(spaced(new Paragraph("Par délibération n° " + g.deliberation() + " du "
                    + Labels.longDate(g.votedOn()) + ", la Commission permanente du Conseil régional de Normandie n'a "
                    + "pas retenu votre demande de subvention de " + Euros.format(g.requested()) + ".", TEXT)));
            document.add(heading("Voies et délais de recours"));
            document.add(new Paragraph("Vous pouvez former un recours gracieux auprès du Président du Conseil régional "
                    + "dans un délai de deux mois à compter de la réception de la présente lettre. Vous pouvez également "
                    + "saisir le tribunal administratif de Caen (3 rue Arthur Le Duc, 14000 Caen) dans le même délai de deux "
                    + "mois, ou dans les deux mois suivant la réponse à votre recours gracieux (son silence pendant deux "
                    + "mois valant rejet), y compris par l'application Télérecours citoyens (www.telerecours.fr).", TEXT));
            document.add(spaced(new Paragraph("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
                    + "salutations distinguées.", TEXT)));
        });
    }

    private static String kind(GrantKind kind) {
        return switch (kind) {
            case OPERATING -> "de fonctionnement";
            case INVESTMENT -> "d'investissement";
            case OPENING -> "d'ouverture";
        };
    }

    private static String amounts(List<BigDecimal> amounts) {
        return String.join(" / ", amounts.stream().map(Euros::format).toList());
    }

    private static byte[] pdf(String title, Consumer<Document> content) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addAuthor("Région Normandie");
        document.open();
        content.accept(document);
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(8);
        return heading;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        cells(table, SMALL_BOLD, headers);
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, font)));
        }
    }
}
