package fr.normandie.ecoles.app.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.normandie.ecoles.app.web.Formats;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.app.web.dashboard.Dashboard;
import fr.normandie.ecoles.schools.CoverageStatus;
import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.Rate;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Target;
import fr.normandie.ecoles.schools.YearIndicators;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Draws the CREFOP report with OpenPDF: the regional summary on the first page (the map coloured as on the
 * dashboard, the target, the key figures, the results indicators over the years), then one page per
 * department. Helvetica's WinAnsi encoding covers French text, the euro sign and typographic apostrophes.
 */
final class CrefopReportPdf {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0, 0, 145));
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, new Color(0, 0, 145));
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8.5f);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8.5f);
    private static final Color HEADER_FILL = new Color(227, 227, 253);
    /** The dashboard's colours (app.css). */
    private static final Map<CoverageStatus, Color> COLOURS = Map.of(CoverageStatus.MET, new Color(0x18, 0x75, 0x3c),
            CoverageStatus.ON_TRACK, new Color(0x00, 0x63, 0xcb), CoverageStatus.AT_RISK, new Color(0xa9, 0x44, 0x00),
            CoverageStatus.MISSED, new Color(0xce, 0x05, 0x00));
    private static final float MAP_WIDTH = 300;
    /** Room around the outlines for the labels of the departments on the region's edge (Manche). */
    private static final float MAP_MARGIN = 22;

    private final Dashboard dashboard;
    private final List<YearIndicators> region;
    private final List<DepartmentStory> stories;
    private final UnaryOperator<String> communeName;
    private final Formats formats = new Formats();
    private final Document document = new Document(PageSize.A4, 42, 42, 42, 42);
    private PdfWriter writer;

    CrefopReportPdf(Dashboard dashboard, List<YearIndicators> region, List<DepartmentStory> stories,
                    UnaryOperator<String> communeName) {
        this.dashboard = dashboard;
        this.region = region;
        this.stories = stories;
        this.communeName = communeName;
    }

    byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer = PdfWriter.getInstance(document, out);
        document.addTitle("Les écoles de production en Normandie — rapport pour la séance plénière du CREFOP");
        document.addAuthor("Région Normandie");
        document.open();
        summary();
        stories.forEach(this::department);
        document.close();
        return out.toByteArray();
    }

    private void summary() {
        Target target = dashboard.getTarget();
        add(new Paragraph("Les écoles de production en Normandie", TITLE));
        add(new Paragraph("Rapport pour la séance plénière du CREFOP — situation au "
                + LONG_DATE.format(dashboard.getAsOf()), BOLD));
        add(spaced(new Paragraph("Objectif : « " + target.name() + " » — au moins " + target.minimumPerDepartment()
                + " école(s) de production dans chacun des cinq départements au " + LONG_DATE.format(target.deadline())
                + ". " + dashboard.getDepartmentsMet() + " département(s) sur " + dashboard.getDepartments().size()
                + " l'ont atteint.", TEXT)));

        PdfPTable top = new PdfPTable(new float[] {1.15f, 1});
        top.setWidthPercentage(100);
        PdfPCell map = new PdfPCell(Image.getInstance(map()), true); // scaled to the column's width
        map.setBorder(0);
        top.addCell(map);
        PdfPCell right = new PdfPCell();
        right.setBorder(0);
        right.addElement(new Paragraph("Légende", HEADING));
        for (CoverageStatus status : CoverageStatus.values()) {
            right.addElement(new Paragraph(Texts.get("status." + status) + " — "
                    + Texts.get("status." + status + ".explained"), colouredSmall(status)));
        }
        right.addElement(new Paragraph("Chiffres clés", HEADING));
        right.addElement(figures());
        top.addCell(right);
        add(top);

        add(new Paragraph("Résultats des écoles au fil des années (région)", HEADING));
        add(results(region));
        add(new Paragraph("Insertion ou poursuite d'études : sortants en emploi, en apprentissage ou autre alternance, "
                + "ou en poursuite d'études, parmi tous les sortants de l'année. Alternance : sortants en apprentissage "
                + "ou autre alternance parmi les sortants. Réussite : reçus parmi les candidats présentés.", SMALL));
    }

    /** The departments coloured by their standing, their names and standings written on them. */
    private PdfTemplate map() {
        double width = 0;
        double height = 0;
        for (Dashboard.Department d : dashboard.getDepartments()) {
            for (List<double[]> ring : d.outline().rings()) {
                for (double[] point : ring) {
                    width = Math.max(width, point[0]);
                    height = Math.max(height, point[1]);
                }
            }
        }
        float scale = (float) ((MAP_WIDTH - 2 * MAP_MARGIN) / width);
        float drawnHeight = (float) height * scale + MAP_MARGIN;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(MAP_WIDTH, drawnHeight);
        template.setColorStroke(Color.WHITE);
        template.setLineWidth(1.2f);
        for (Dashboard.Department d : dashboard.getDepartments()) {
            template.setColorFill(COLOURS.get(d.coverage().status()));
            for (List<double[]> ring : d.outline().rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    float x = MAP_MARGIN + (float) ring.get(i)[0] * scale;
                    float y = drawnHeight - (float) ring.get(i)[1] * scale;
                    if (i == 0) {
                        template.moveTo(x, y);
                    } else {
                        template.lineTo(x, y);
                    }
                }
                template.closePath();
            }
            template.fillStroke();
        }
        BaseFont bold = BOLD.getCalculatedBaseFont(false);
        BaseFont regular = TEXT.getCalculatedBaseFont(false);
        for (Dashboard.Department d : dashboard.getDepartments()) {
            float x = MAP_MARGIN + (float) d.outline().labelX() * scale;
            float y = drawnHeight - (float) d.outline().labelY() * scale;
            String name = d.coverage().name();
            String status = Texts.get("status." + d.coverage().status());
            labelGround(template, COLOURS.get(d.coverage().status()), x, y,
                    Math.max(bold.getWidthPoint(name, 9), regular.getWidthPoint(status, 7.5f)));
            template.setColorFill(Color.WHITE);
            template.beginText();
            template.setFontAndSize(bold, 9);
            template.showTextAligned(Element.ALIGN_CENTER, name, x, y, 0);
            template.setFontAndSize(regular, 7.5f);
            template.showTextAligned(Element.ALIGN_CENTER, status, x, y - 10, 0);
            template.endText();
        }
        return template;
    }

    /**
     * The department's colour behind its white label: a label wider than a narrow department (Manche's standing)
     * would otherwise run out over the white sea and lose its ends.
     */
    private static void labelGround(PdfTemplate template, Color colour, float x, float y, float textWidth) {
        template.setColorFill(colour);
        template.roundRectangle(x - textWidth / 2 - 3, y - 13, textWidth + 6, 23, 3);
        template.fill();
    }

    private PdfPTable figures() {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2});
        table.setWidthPercentage(100);
        figure(table, dashboard.getDepartmentsMet() + " / " + dashboard.getDepartments().size(),
                "départements ayant atteint l'objectif");
        figure(table, formats.number(dashboard.getOpenSchools()), "écoles ouvertes");
        figure(table, formats.number(dashboard.getPlaces()), "places dans les écoles ouvertes");
        figure(table, formats.number(dashboard.getProjectsInProgress()), "projets en cours");
        Integer year = dashboard.getResultsYear();
        if (year != null) {
            String label = year + "-" + (year + 1);
            figure(table, formats.number(dashboard.getPupils()), "élèves en " + label);
            region.stream().filter(y -> y.schoolYear() == year).findFirst().ifPresent(y -> {
                figure(table, percent(y.insertionOrFurtherStudy()), "des sortants en emploi, alternance ou poursuite "
                        + "d'études en " + label);
                figure(table, percent(y.workStudy()), "des sortants en alternance en " + label);
                figure(table, percent(y.passRate()), "de reçus parmi les candidats en " + label);
            });
        }
        figure(table, formats.euros(dashboard.getGranted()), "de subventions régionales accordées");
        figure(table, formats.euros(dashboard.getPaid()), "versés");
        if (dashboard.getOperatingPerPupil() != null) {
            figure(table, formats.euros(dashboard.getOperatingPerPupil()), "d'aide au fonctionnement versée par élève "
                    + "sur la dernière année scolaire");
        }
        return table;
    }

    private static void figure(PdfPTable table, String value, String label) {
        PdfPCell number = new PdfPCell(new Phrase(value, BOLD));
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        number.setBorder(0);
        table.addCell(number);
        PdfPCell text = new PdfPCell(new Phrase(label, SMALL));
        text.setBorder(0);
        table.addCell(text);
    }

    private void department(DepartmentStory story) {
        document.newPage();
        DepartmentCoverage coverage = story.coverage();
        add(new Paragraph(coverage.name() + " (" + coverage.code() + ")", TITLE));
        add(new Paragraph(Texts.get("status." + coverage.status()),
                colouredBold(coverage.status())));
        add(spaced(new Paragraph(standing(story), TEXT)));

        add(new Paragraph("Écoles ouvertes au " + LONG_DATE.format(dashboard.getAsOf()), HEADING));
        if (story.schools().isEmpty()) {
            add(new Paragraph("Aucune école ouverte à cette date.", TEXT));
        } else {
            PdfPTable table = table(new float[] {3.4f, 2, 1.8f, 1, 2.6f}, "École", "Commune", "Ouverte depuis",
                    "Places", "Métiers");
            for (School school : story.schools()) {
                cells(table, school.name(), communeName.apply(school.communeCode()), MONTH.format(school.openedOn()),
                        String.valueOf(school.capacity()), String.join(", ", school.trades()));
            }
            add(table);
        }

        add(new Paragraph("Projets en cours", HEADING));
        if (story.projects().isEmpty()) {
            add(new Paragraph("Aucun projet en cours.", TEXT));
        } else {
            PdfPTable table = table(new float[] {3.4f, 2, 2.6f, 1.8f}, "Projet", "Commune", "Étape en cours",
                    "Ouverture prévue");
            for (DepartmentStory.Project project : story.projects()) {
                cells(table, project.view().project().name(), project.commune(), String.join(", ", project.steps()),
                        MONTH.format(project.view().project().plannedOpening()));
            }
            add(table);
        }

        add(new Paragraph("Résultats des écoles au fil des années", HEADING));
        if (story.results().isEmpty()) {
            add(new Paragraph("Aucun résultat déclaré.", TEXT));
        } else {
            add(results(story.results()));
        }
    }

    /** The department's story against the target, in a sentence or three. */
    private String standing(DepartmentStory story) {
        DepartmentCoverage coverage = story.coverage();
        Target target = dashboard.getTarget();
        String deadline = LONG_DATE.format(target.deadline());
        List<String> sentences = new ArrayList<>();
        long byDeadline = story.schools().stream().filter(s -> !s.openedOn().isAfter(target.deadline())).count();
        switch (coverage.status()) {
            case MET -> sentences.add("Objectif atteint le " + LONG_DATE.format(coverage.metOn()) + ", avant l'échéance du "
                    + deadline + ".");
            case MISSED -> sentences.add("Objectif manqué : " + (byDeadline == 0 ? "aucune école ouverte"
                    : "seulement " + byDeadline + " école(s) ouverte(s)") + " au " + deadline + ", pour "
                    + target.minimumPerDepartment() + " attendue(s).");
            case ON_TRACK -> sentences.add("Objectif pas encore atteint ; " + coverage.projectsExpectedInTime()
                    + " projet(s) attendu(s) avant l'échéance du " + deadline + ".");
            case AT_RISK -> sentences.add("Objectif pas encore atteint et aucun projet attendu avant l'échéance du "
                    + deadline + ".");
        }
        if (!story.schools().isEmpty()) {
            School first = story.schools().get(0);
            boolean late = first.openedOn().isAfter(target.deadline());
            sentences.add("Première école : " + first.name() + " à " + communeName.apply(first.communeCode())
                    + ", ouverte en " + MONTH.format(first.openedOn()) + (late ? ", après l'échéance." : "."));
        }
        sentences.add(story.schools().size() + " école(s) ouverte(s) au " + LONG_DATE.format(dashboard.getAsOf())
                + ", " + story.projects().size() + " projet(s) en cours.");
        return String.join(" ", sentences);
    }

    private static PdfPTable results(List<YearIndicators> years) {
        List<String> headers = new ArrayList<>(List.of("Année scolaire", "Écoles", "Élèves", "Orientés par une "
                + "Mission Locale", "Sortants", "Insertion ou poursuite d'études", "Alternance"));
        for (Diploma diploma : Diploma.values()) {
            headers.add("Réussite " + Texts.get("diploma." + diploma));
        }
        PdfPTable table = table(new float[] {1.3f, 0.8f, 0.8f, 1.2f, 1, 1.3f, 1.1f, 1, 1, 1.3f},
                headers.toArray(String[]::new));
        for (YearIndicators year : years) {
            List<String> row = new ArrayList<>(List.of(year.label(), String.valueOf(year.schools()),
                    String.valueOf(year.pupils()), percent(year.referredByMissionLocale()), String.valueOf(year.leavers()),
                    percent(year.insertionOrFurtherStudy()), percent(year.workStudy())));
            for (Diploma diploma : Diploma.values()) {
                Rate rate = year.passRates().getOrDefault(diploma, Rate.NONE);
                row.add(rate.whole() == 0 ? "—" : percent(rate) + " (" + rate.part() + "/" + rate.whole() + ")");
            }
            cells(table, row.toArray(String[]::new));
        }
        return table;
    }

    private static String percent(Rate rate) {
        Integer percent = rate.percent();
        return percent == null ? "—" : percent + " %";
    }

    private static Font colouredBold(CoverageStatus status) {
        return FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, COLOURS.get(status));
    }

    private static Font colouredSmall(CoverageStatus status) {
        return FontFactory.getFont(FontFactory.HELVETICA, 8.5f, COLOURS.get(status));
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, SMALL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return table;
    }

    private static void cells(PdfPTable table, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, SMALL)));
        }
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(8);
        return paragraph;
    }

    private void add(Element element) {
        document.add(element);
    }
}
