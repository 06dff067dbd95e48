package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Commitment;
import fr.normandie.ecoles.funding.CommitmentId;
import fr.normandie.ecoles.funding.Commitments;
import fr.normandie.ecoles.funding.NewCommitment;
import fr.normandie.ecoles.funding.PaymentOrder;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Region's real grants to Usin'Eure (shared/DOMAIN.md), paid over the years, so that the close of 2019 to
 * 2021 shows real figures: the investment grant of 350 k€ on 2.5 M€ (14 %, under no minimum share), the first
 * year's operating aid of 109 k€, then a three-year agreement of 150 k€ a year committed once in 2020, whose
 * 2022 instalment is still to pay at the end of 2021. {@code LedgerIT} records the same grants on PostgreSQL
 * and checks the close against its own hand computation.
 */
@ApplicationScoped
public class DemoLedger {

    /** The school funded, as the demonstration registers it. */
    public static final String SCHOOL = "Usin'Eure";

    /** A payment: how much, when, under which payment order. */
    public record Paid(long amount, LocalDate on, String reference) {
    }

    /** A grant's commitment and the payments made on it. */
    public record Grant(int year, BudgetKind kind, long amount, String deliberation, LocalDate votedOn, String label,
                        List<Paid> payments) {
    }

    /** Usin'Eure's grants, oldest vote first. */
    public static final List<Grant> GRANTS = List.of(
            new Grant(2019, BudgetKind.INVESTMENT, 350_000, "CP-2019-03-27", LocalDate.of(2019, 3, 25),
                    "Équipement de l'atelier d'usinage (350 k€ sur 2,5 M€)", List.of(
                    new Paid(105_000, LocalDate.of(2019, 6, 14), "MANDAT-2019-0412"),
                    new Paid(175_000, LocalDate.of(2020, 3, 10), "MANDAT-2020-0188"),
                    new Paid(70_000, LocalDate.of(2021, 2, 22), "MANDAT-2021-0097"))),
            new Grant(2019, BudgetKind.OPERATING, 109_000, "CP-2019-03-28", LocalDate.of(2019, 3, 25),
                    "Fonctionnement, première année", List.of(
                    new Paid(54_500, LocalDate.of(2019, 5, 6), "MANDAT-2019-0330"),
                    new Paid(54_500, LocalDate.of(2019, 11, 18), "MANDAT-2019-0871"))),
            new Grant(2020, BudgetKind.OPERATING, 450_000, "CP-2020-01-15", LocalDate.of(2020, 1, 20),
                    "Convention pluriannuelle de fonctionnement 2020-2022 (150 k€ par an)", List.of(
                    new Paid(150_000, LocalDate.of(2020, 2, 12), "MANDAT-2020-0101"),
                    new Paid(150_000, LocalDate.of(2021, 2, 9), "MANDAT-2021-0064"))));

    @Inject
    Schools schools;

    @Inject
    Commitments commitments;

    /** Records the grants once, when Usin'Eure is registered and nothing was committed for 2019 yet. */
    void loadIfEmpty(Caller demo) {
        if (!commitments.ofYear(2019).isEmpty()) {
            return;
        }
        schools.all().stream().filter(s -> SCHOOL.equals(s.name())).map(School::id).findFirst()
                .ifPresent(school -> GRANTS.forEach(grant -> record(school, grant, demo)));
    }

    private void record(UUID school, Grant grant, Caller demo) {
        Commitment commitment = commitments.commit(new NewCommitment(UUID.randomUUID(), null, school, grant.year(),
                grant.kind(), BigDecimal.valueOf(grant.amount()), grant.deliberation(), grant.votedOn(), grant.label()),
                demo);
        for (Paid paid : grant.payments()) {
            commitments.pay(CommitmentId.parse(commitment.id()), new PaymentOrder(BigDecimal.valueOf(paid.amount()),
                    paid.on(), paid.reference()), demo);
        }
    }
}
