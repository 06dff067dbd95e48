package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.PaymentKind;
import fr.normandie.ecoles.funding.ScheduleLineForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a grant is paid, in French public practice: an advance on notification, capped to a share of the
 * grant; instalments as the project progresses; the balance last, on supporting documents. The lines
 * add up to the amount granted and follow each other in time.
 *
 * @param advanceMaxShare the cap on the advance, as a share of the grant (0.30); the default plan's advance
 * @param balanceShare    the share of the grant that the default plan keeps for the balance
 * @param instalments     how many instalments the default plan has between advance and balance
 * @param interval        the time between two lines of the default plan
 */
record ScheduleRules(BigDecimal advanceMaxShare, BigDecimal balanceShare, int instalments, Period interval) {

    static final String ADVANCE_CONDITION = "À la notification de la décision";
    static final String INSTALMENT_CONDITION = "Sur justificatif de l'avancement du projet";
    static final String BALANCE_CONDITION = "Sur justificatifs : compte rendu financier et factures acquittées";

    ScheduleRules {
        if (advanceMaxShare.signum() < 0 || balanceShare.signum() <= 0
                || advanceMaxShare.add(balanceShare).compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("funding.advance.max and funding.schedule.balance must be shares "
                    + "adding up to 1 at most, the balance's above 0");
        }
        if (instalments < 0 || instalments > 12) {
            throw new IllegalArgumentException("funding.schedule.instalments must be between 0 and 12");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("funding.schedule.interval must be a positive period such as P6M");
        }
    }

    /**
     * The schedule drawn up when a decision gives none: the advance at its cap on the day of the vote,
     * the instalments sharing what the balance leaves, one interval apart, then the balance.
     */
    List<ScheduleLineForm> defaultPlan(BigDecimal granted, LocalDate votedOn) {
        List<ScheduleLineForm> plan = new ArrayList<>();
        BigDecimal advance = share(granted, advanceMaxShare);
        BigDecimal balance = share(granted, balanceShare);
        BigDecimal instalment = instalments == 0 ? BigDecimal.ZERO
                : granted.subtract(advance).subtract(balance)
                        .divide(BigDecimal.valueOf(instalments), 2, RoundingMode.DOWN);
        addIfPositive(plan, PaymentKind.ADVANCE, advance, votedOn, ADVANCE_CONDITION);
        for (int i = 1; i <= instalments; i++) {
            addIfPositive(plan, PaymentKind.INSTALMENT, instalment, votedOn.plus(interval.multipliedBy(i)),
                    INSTALMENT_CONDITION);
        }
        BigDecimal rest = granted.subtract(plan.stream().map(ScheduleLineForm::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        if (rest.signum() == 0) {
            // a grant of a few cents: its last line becomes the balance
            ScheduleLineForm last = plan.remove(plan.size() - 1);
            plan.add(new ScheduleLineForm(PaymentKind.BALANCE, last.amount(), last.dueOn(), BALANCE_CONDITION));
        } else {
            plan.add(new ScheduleLineForm(PaymentKind.BALANCE, rest,
                    votedOn.plus(interval.multipliedBy(instalments + 1)), BALANCE_CONDITION));
        }
        return plan;
    }

    /**
     * The breaches of a schedule for a grant of the given total, reported on the list property
     * {@code property} ({@code schedule} in a decision, {@code lines} in a schedule of its own).
     */
    List<Breach> check(List<ScheduleLineForm> lines, BigDecimal granted, String property) {
        List<Breach> breaches = new ArrayList<>();
        List<ScheduleLineForm> complete = lines.stream().filter(Objects::nonNull)
                .filter(l -> l.kind() != null && l.amount() != null && l.dueOn() != null).toList();
        if (complete.size() != lines.size()) {
            return breaches; // the missing fields are reported by their own constraints
        }
        BigDecimal total = lines.stream().map(ScheduleLineForm::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(granted) != 0) {
            breaches.add(Breach.on(property, "La somme des échéances (" + Euros.format(total)
                    + ") doit égaler le montant accordé (" + Euros.format(granted) + ")."));
        }
        BigDecimal advanceCap = share(granted, advanceMaxShare);
        int last = lines.size() - 1;
        for (int i = 0; i <= last; i++) {
            ScheduleLineForm line = lines.get(i);
            if (line.kind() == PaymentKind.ADVANCE && i > 0) {
                breaches.add(Breach.onElement(property, i, "kind", "L'avance est la première échéance."));
            }
            if (line.kind() == PaymentKind.ADVANCE && line.amount().compareTo(advanceCap) > 0) {
                breaches.add(Breach.onElement(property, i, "amount", "L'avance ne peut dépasser "
                        + Euros.percent(advanceMaxShare) + " du montant accordé : " + Euros.format(advanceCap) + " au plus."));
            }
            if (line.kind() == PaymentKind.BALANCE && i < last) {
                breaches.add(Breach.onElement(property, i, "kind", "Le solde est la dernière échéance."));
            }
            if (i == last && line.kind() != PaymentKind.BALANCE) {
                breaches.add(Breach.onElement(property, i, "kind",
                        "La dernière échéance est le solde, versé sur justificatifs."));
            }
            if (i > 0 && line.dueOn().isBefore(lines.get(i - 1).dueOn())) {
                breaches.add(Breach.onElement(property, i, "dueOn",
                        "Les échéances se suivent dans le temps : celle-ci est prévue avant la précédente."));
            }
        }
        return breaches;
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal share) {
        return amount.multiply(share).setScale(2, RoundingMode.DOWN);
    }

    private static void addIfPositive(List<ScheduleLineForm> plan, PaymentKind kind, BigDecimal amount,
                                      LocalDate dueOn, String condition) {
        if (amount.signum() > 0) {
            plan.add(new ScheduleLineForm(kind, amount, dueOn, condition));
        }
    }
}
