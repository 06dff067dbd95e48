package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.EnvelopeDetail;
import fr.normandie.ecoles.funding.Payment;
import fr.normandie.ecoles.funding.ScheduledPayment;
import fr.normandie.ecoles.funding.Subsidy;
import fr.normandie.ecoles.funding.SubsidySummary;
import fr.normandie.ecoles.schools.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The exported views, with their French headers: an envelope's decisions, a project's subsidies. */
final class FundingTables {

    static final List<String> ENVELOPE_HEADERS = List.of("Projet", "Département", "Porteur", "Décision",
            "Date du vote", "Délibération", "Investissement accordé", "Fonctionnement accordé", "Total accordé",
            "Versé", "Reste à verser");
    static final List<String> PROJECT_HEADERS = List.of("Projet", "Délibération", "Date du vote",
            "Année budgétaire", "Décision", "Échéance", "Nature", "Date prévue", "Montant prévu", "Versé",
            "Reste à verser", "Versements");

    private FundingTables() {
    }

    /** One row per decision charged to the envelope. */
    static Table envelope(EnvelopeDetail envelope) {
        List<List<Object>> rows = envelope.decisions().stream().map(FundingTables::row).toList();
        return new Table("Enveloppe " + envelope.year(), ENVELOPE_HEADERS, rows);
    }

    /** One row per line of each subsidy's schedule, with the payments made on it; one row for a refusal. */
    static Table project(List<Subsidy> subsidies) {
        List<List<Object>> rows = new ArrayList<>();
        for (Subsidy subsidy : subsidies) {
            if (subsidy.schedule().isEmpty()) {
                rows.add(row(subsidy, null, List.of()));
            }
            for (ScheduledPayment line : subsidy.schedule()) {
                rows.add(row(subsidy, line, subsidy.payments().stream().filter(p -> p.line() == line.line()).toList()));
            }
        }
        return new Table("Subventions", PROJECT_HEADERS, rows);
    }

    private static List<Object> row(SubsidySummary d) {
        return cells(d.projectName(), d.departmentCode(), d.carrier(), Labels.decision(d.decision()), d.votedOn(),
                d.deliberation(), d.investmentGranted(), d.operatingGranted(), d.granted(), d.paid(), d.toPay());
    }

    private static List<Object> row(Subsidy s, ScheduledPayment line, List<Payment> payments) {
        List<Object> decision = cells(s.projectName(), s.deliberation(), s.votedOn(), s.envelopeYear(),
                Labels.decision(s.decision()));
        List<Object> schedule = line == null ? cells(null, null, null, null, null, null, null)
                : cells(line.line(), line.kind().label(), line.dueOn(), line.amount(), line.paid(), line.toPay(),
                        payments.stream().map(FundingTables::payment).collect(Collectors.joining(" ; ")));
        List<Object> row = new ArrayList<>(decision);
        row.addAll(schedule);
        return row;
    }

    private static String payment(Payment p) {
        return p.paidOn() + " " + p.reference() + " (" + Euros.format(p.amount()) + ")";
    }

    /** A row that may hold empty cells. */
    private static List<Object> cells(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
