package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.schools.Table;
import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.CoFinancingProgramme;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.LineAmounts;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidyDecision;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter, the CSV and the spreadsheet, each read back as its reader would. */
class DocumentsTest {

    private static final Table TABLE = new Table("Enveloppe 2021", List.of("Projet", "Date du vote", "Total accordé"),
            List.of(Arrays.asList("Usin'Eure", LocalDate.of(2021, 3, 15), new BigDecimal("459000.00")),
                    Arrays.asList("=HYPERLINK(\"x\")", null, new BigDecimal("0.5"))));

    @Test
    void theCsvIsReadByAFrenchSpreadsheet() throws IOException {
        String csv = new String(ExportFormat.CSV.render(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFProjet;Date du vote;Total accordé\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.get(0).toList()).containsExactly("Usin'Eure", "2021-03-15", "459000,00");
        assertThat(records.get(1).toList()).containsExactly("'=HYPERLINK(\"x\")", "", "0,50");
    }

    @Test
    void theSpreadsheetHoldsNumbersAndDates() throws IOException {
        byte[] xlsx = ExportFormat.XLSX.render(TABLE);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Enveloppe 2021");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Total accordé");
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("459000"));
            assertThat(rows.get(1).getCellAsDate(1).map(java.time.LocalDateTime::toLocalDate)).contains(LocalDate.of(2021, 3, 15));
            assertThat(rows.get(1).getCell(2).getDataFormatString()).isEqualTo("#,##0.00 [$€-40C]");
        }
    }

    @Test
    void theLetterNotifiesTheGrantItsScheduleAndItsConditions() throws IOException {
        byte[] pdf = NotificationLetter.render(usinEure(SubsidyDecision.GRANTED), project(), LocalDate.of(2021, 4, 1));

        String text = text(pdf);
        assertThat(text).contains("Région Normandie", "Caen, le 1er avril 2021", "Association Usin'Eure",
                "Par délibération n° CP-2021-03-12 du 15 mars 2021",
                "une subvention de 459 000,00 € pour le projet d'école de production « Usin'Eure »",
                "enveloppe budgétaire 2021", "Investissement 350 000,00 € 1 000 000,00 € 35 % 350 000,00 €",
                "Total 459 000,00 €", "Échéancier des versements", "Avance 15/03/2021 137 700,00 €",
                "Solde 15/03/2022 91 800,00 €", "Fondation Pro", "Conditions particulières : Recruter trois",
                "salutations distinguées");
    }

    @Test
    void aRefusalLetterGrantsNothing() throws IOException {
        String text = text(NotificationLetter.render(usinEure(SubsidyDecision.REFUSED), project(), LocalDate.of(2021, 4, 1)));

        assertThat(text).contains("n'a pas retenu la demande de subvention", "Aucune somme ne sera versée")
                .doesNotContain("Échéancier");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static ProjectSummary project() {
        return new ProjectSummary(ProjectId.random(), "Usin'Eure", "Association Usin'Eure", "Association loi 1901",
                true, null, "27", "27229", "Évreux", "200071454", "CA Evreux Portes de Normandie", List.of("Usinage"),
                List.of(), 24, null, LocalDate.of(2018, 10, 1), ProjectStatus.IN_PROGRESS, Instant.now(), "staff",
                null, UUID.randomUUID(), 0);
    }

    private static Subsidy usinEure(SubsidyDecision decision) {
        boolean granted = decision == SubsidyDecision.GRANTED;
        LocalDate vote = LocalDate.of(2021, 3, 15);
        List<ScheduledPayment> schedule = granted ? List.of(
                new ScheduledPayment(1, PaymentKind.ADVANCE, new BigDecimal("137700.00"), vote, "À la notification",
                        BigDecimal.ZERO, new BigDecimal("137700.00")),
                new ScheduledPayment(2, PaymentKind.INSTALMENT, new BigDecimal("229500.00"), vote.plusMonths(6), null,
                        BigDecimal.ZERO, new BigDecimal("229500.00")),
                new ScheduledPayment(3, PaymentKind.BALANCE, new BigDecimal("91800.00"), vote.plusYears(1),
                        "Sur justificatifs", BigDecimal.ZERO, new BigDecimal("91800.00"))) : List.of();
        return new Subsidy("id", "project", "Usin'Eure", "27", "Association Usin'Eure", decision, 2021, vote,
                "CP-2021-03-12",
                new LineAmounts(new BigDecimal("350000.00"), new BigDecimal("1000000.00"),
                        granted ? new BigDecimal("350000.00") : BigDecimal.ZERO, new BigDecimal("0.35")),
                new LineAmounts(new BigDecimal("109000.00"), new BigDecimal("400000.00"),
                        granted ? new BigDecimal("109000.00") : BigDecimal.ZERO, new BigDecimal("0.2725")),
                OperatingBasis.BUDGET_SHARE, null, granted ? new BigDecimal("459000.00") : BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, schedule, List.of(),
                List.of(new CoFinancing("Fondation Pro", CoFinancingProgramme.FOUNDATION, FundedLine.INVESTMENT,
                        new BigDecimal("100000"))),
                Set.of(), "Recruter trois maîtres professionnels avant l'ouverture.", "funding", Instant.now(),
                List.of(), null);
    }
}
