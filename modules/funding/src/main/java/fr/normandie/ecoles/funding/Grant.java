package fr.normandie.ecoles.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant in full: its summary, the school's budget (expenses, workshop sales, other funders, taxe
 * d'apprentissage), the instruction, the agreement, the use report, its years, payments and avenants, the balance
 * held back until the report, the share rules the vote departs from with its justification, who requested it
 * when, and what became of its commitments: the releases (an avenant's cut, a lapsed agreement, a withheld balance)
 * and the recovery orders of money paid and not justified by the use report.
 */
public record Grant(GrantSummary summary, String purpose, BigDecimal expenses, BigDecimal workshopSales,
                    BigDecimal otherFunders, BigDecimal apprenticeshipTax, InstructionOpinion opinion,
                    String instructionNote, String agreementReference, LocalDate reportReceivedOn,
                    BigDecimal reportSpent, Boolean reportJustified, String reportSummary, BigDecimal balance,
                    BigDecimal toPay, List<GrantYear> years, List<GrantPayment> payments,
                    List<GrantAmendment> amendments, List<String> ruleWarnings, String justification,
                    String requestedBy, Instant requestedAt, List<Release> releases,
                    List<RecoveryOrder> recoveries) {

    public String id() {
        return summary.id();
    }

    public GrantStatus status() {
        return summary.status();
    }
}
