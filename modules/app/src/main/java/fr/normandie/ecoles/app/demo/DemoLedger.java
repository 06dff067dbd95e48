package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.funding.BudgetKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The Region's real grants to Usin'Eure (shared/DOMAIN.md), paid over the years, so that the close of 2019 to
 * 2021 shows real figures ({@link DemoGrants} takes them through {@code school-grant.bpmn}): the investment grant
 * of 350 k€ on 2.5 M€ (14 %, under no minimum share), the first year's operating aid of 109 k€, then a three-year
 * agreement of 150 k€ a year committed once in 2020, whose 2022 instalment is still to pay at the end of 2021. {@code LedgerIT} records the same grants on PostgreSQL
 * and checks the close against its own hand computation.
 */
public final class DemoLedger {

    /** The school funded, as the demonstration registers it. */
    public static final String SCHOOL = "Usin'Eure";

    /** A payment: how much, when, under which payment order. */
    public record Paid(long amount, LocalDate on, String reference) {
    }

    /** A grant's commitment (its total, over {@code years} budget years from {@code year}) and its payments. */
    public record Grant(int year, BudgetKind kind, long amount, String deliberation, LocalDate votedOn, String label,
                        List<Paid> payments, int years) {
    }

    /** Usin'Eure's grants, oldest vote first. */
    public static final List<Grant> GRANTS = List.of(
            new Grant(2019, BudgetKind.INVESTMENT, 350_000, "CP-2019-03-27", LocalDate.of(2019, 3, 25),
                    "Équipement de l'atelier d'usinage (350 k€ sur 2,5 M€)", List.of(
                    new Paid(105_000, LocalDate.of(2019, 6, 14), "MANDAT-2019-0412"),
                    new Paid(175_000, LocalDate.of(2020, 3, 10), "MANDAT-2020-0188"),
                    new Paid(70_000, LocalDate.of(2021, 2, 22), "MANDAT-2021-0097")), 1),
            new Grant(2019, BudgetKind.OPERATING, 109_000, "CP-2019-03-28", LocalDate.of(2019, 3, 25),
                    "Fonctionnement, première année", List.of(
                    new Paid(54_500, LocalDate.of(2019, 5, 6), "MANDAT-2019-0330"),
                    new Paid(54_500, LocalDate.of(2019, 11, 18), "MANDAT-2019-0871")), 1),
            new Grant(2020, BudgetKind.OPERATING, 450_000, "CP-2020-01-15", LocalDate.of(2020, 1, 20),
                    "Convention pluriannuelle de fonctionnement 2020-2022 (150 k€ par an)", List.of(
                    new Paid(150_000, LocalDate.of(2020, 2, 12), "MANDAT-2020-0101"),
                    new Paid(150_000, LocalDate.of(2021, 2, 9), "MANDAT-2021-0064")), 3));

    private DemoLedger() {
    }
}
