package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.audits.ActionStatus;
import fr.normandie.ecoles.audits.AuditKind;
import fr.normandie.ecoles.audits.CorrectiveAction;
import fr.normandie.ecoles.audits.CriterionVerdict;
import fr.normandie.ecoles.audits.LabelAudit;
import fr.normandie.ecoles.audits.LabelOutcome;
import fr.normandie.ecoles.audits.Scores;
import fr.normandie.ecoles.audits.Severity;
import fr.normandie.ecoles.audits.Verdict;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static fr.normandie.ecoles.audits.internal.AuditFixtures.VERSION;
import static org.assertj.core.api.Assertions.assertThat;

class AuditReportDocumentTest {

    @Test
    void theReportSaysInFrenchWhatTheAuditFoundAndLeavesRoomForSignatures() throws IOException {
        ProjectId project = ProjectId.random();
        List<CriterionVerdict> verdicts = List.of(
                new CriterionVerdict("PROD-1", Verdict.COMPLIANT, "Emplois du temps conformes.", "Planning 2026"),
                new CriterionVerdict("PROD-2", Verdict.PARTIALLY_COMPLIANT, null, null),
                new CriterionVerdict("PEDA-2", Verdict.NON_COMPLIANT, "Quinze élèves pour un maître.", null));
        CorrectiveAction action = new CorrectiveAction(UUID.randomUUID(), UUID.randomUUID(), Severity.MAJOR,
                "Recruter un second maître professionnel", "Président de l'association", LocalDate.of(2026, 5, 15),
                ActionStatus.OPEN);
        LabelAudit audit = new LabelAudit(UUID.randomUUID(), project, AuditKind.LABEL, LocalDate.of(2026, 2, 20),
                "Zone artisanale, L'Aigle", List.of("Claire Martin", "Hugo Lefèvre"), "it-auditor",
                Instant.parse("2026-02-21T10:00:00Z"), 1, LabelOutcome.CONDITIONAL, "Projet solide, encadrement à renforcer.",
                verdicts.stream().map(v -> new LabelAudit.RecordedVerdict(VERSION.themeOf(v.criterion()).orElseThrow().title(),
                        v.criterion(), VERSION.criterion(v.criterion()).orElseThrow().wording(), v.verdict(), v.comment(),
                        v.evidence())).toList(),
                List.of(new LabelAudit.Finding(UUID.randomUUID(), Severity.MAJOR, "PEDA-2",
                        "Un maître professionnel encadre quinze élèves.", List.of(action))),
                List.of(), Scores.of(VERSION, verdicts));
        ProjectSummary summary = new ProjectSummary(project, "École de production du Pays de L'Aigle",
                "Association ALPHA", "Association loi 1901", true, null, "61", "61214", "L'Aigle", "200068468",
                "CC des Pays de L'Aigle", List.of("Usinage"), List.of(), 24, null, LocalDate.of(2027, 9, 1),
                ProjectStatus.IN_PROGRESS, Instant.EPOCH, "staff", null, UUID.randomUUID(), 0);

        byte[] pdf = AuditReportDocument.render(audit, summary);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Rapport d'audit — label FNEP", "Audit de labellisation",
                "École de production du Pays de L'Aigle", "Association ALPHA", "L'Aigle (61)", "20 février 2026",
                "Claire Martin, Hugo Lefèvre", "version 1", "Labellisée sous réserve d'actions correctives",
                "Score global", "50 %", "Pédagogie", "Douze élèves au plus par maître professionnel.",
                "Conforme", "Partiellement conforme", "Non conforme", "Preuves : Planning 2026",
                "Non-conformité majeure", "Un maître professionnel encadre quinze élèves.",
                "Recruter un second maître professionnel", "Président de l'association", "15 mai 2026", "Ouverte",
                "Projet solide, encadrement à renforcer.", "Signatures", "Nom, date et signature");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // cells wrap their text over several lines: compare words, not lines
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
