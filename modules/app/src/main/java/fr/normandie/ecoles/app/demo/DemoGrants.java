package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Grant;
import fr.normandie.ecoles.funding.GrantAgreementForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantInstructionForm;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantPaymentForm;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantVoteForm;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.funding.InstructionOpinion;
import fr.normandie.ecoles.funding.UseOfGrantForm;
import fr.normandie.ecoles.funding.UseOfGrantReports;
import fr.normandie.ecoles.funding.UseReportForm;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.workflow.GrantProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Usin'Eure's real grants ({@link DemoLedger#GRANTS}) taken through {@code school-grant.bpmn} like any grant: request
 * (the school's budget), instruction, vote, agreement signed a fortnight later, the payments as they were made; a
 * payment that reaches into the balance is split, the use report received a fortnight before the balance. Then the
 * current year's operating grant of 150 k€, its first instalment paid, so that the current year's close has figures.
 */
@ApplicationScoped
public class DemoGrants {

    private static final Logger LOG = Logger.getLogger(DemoGrants.class.getName());
    private static final Caller FUNDING = new Caller("funding", Set.of(Role.FUNDING));
    /** The school's yearly budget, of which the operating grants are a share; its investment was 2.5 M€. */
    private static final long OPERATING_BUDGET = 480_000;
    private static final long INVESTMENT = 2_500_000;

    @Inject
    UseOfGrantReports useReports;

    @Inject
    Schools schools;

    @Inject
    Grants grants;

    @Inject
    GrantProcess process;

    /** Once: nothing is done when Usin'Eure is missing or already has grants. */
    public void loadIfEmpty() {
        Optional<School> school = schools.all().stream().filter(s -> s.name().equals(DemoLedger.SCHOOL)).findFirst();
        if (school.isEmpty() || !grants.list(school.get().id(), null).isEmpty()) {
            return;
        }
        for (DemoLedger.Grant grant : DemoLedger.GRANTS) {
            GrantId id = granted(school.get(), grant);
            grant.payments().forEach(paid -> pay(id, grant, paid));
        }
        int thisYear = LocalDate.now().getYear();
        DemoLedger.Grant current = new DemoLedger.Grant(thisYear, BudgetKind.OPERATING, 150_000,
                "CP-" + thisYear + "-01-09", LocalDate.of(thisYear, 1, 26), "Fonctionnement " + thisYear,
                List.of(new DemoLedger.Paid(60_000, LocalDate.of(thisYear, 3, 2), "MANDAT-" + thisYear + "-0152")), 1);
        GrantId id = granted(school.get(), current);
        current.payments().forEach(paid -> pay(id, current, paid));
        LOG.info("Subventions de démonstration d'Usin'Eure enregistrées et versées.");
    }

    /** Requested, instructed, voted, its agreement signed a fortnight after the vote. */
    private GrantId granted(School school, DemoLedger.Grant grant) {
        BigDecimal yearly = BigDecimal.valueOf(grant.amount() / grant.years());
        List<BigDecimal> amounts = Collections.nCopies(grant.years(), yearly);
        boolean investment = grant.kind() == BudgetKind.INVESTMENT;
        GrantId id = GrantId.parse(process.request(FUNDING, new GrantRequestForm(school.id(),
                investment ? GrantKind.INVESTMENT : GrantKind.OPERATING, grant.year(), amounts,
                BigDecimal.valueOf(investment ? INVESTMENT : OPERATING_BUDGET),
                investment ? null : BigDecimal.valueOf(OPERATING_BUDGET / 3), null, null, grant.label())).grant().id());
        process.complete(FUNDING, id, "grant-instruction",
                step -> new GrantInstructionForm(InstructionOpinion.FAVOURABLE, amounts, null));
        process.complete(FUNDING, id, "grant-vote", step -> new GrantVoteForm(true, grant.votedOn(),
                grant.deliberation(), amounts, investment ? "Part de 14 % : l'État (PIC) et des fondations financent "
                        + "l'essentiel de l'investissement ; la Région complète le plan de financement." : null));
        process.complete(FUNDING, id, "grant-agreement", step -> new GrantAgreementForm(grant.votedOn().plusDays(14),
                "CONV-" + grant.deliberation().substring(3)));
        return id;
    }

    /** The school's use-of-grant report, received on paper (filed by a funding officer, so validated at once). */
    private static UseOfGrantForm useOfGrant(int year, BigDecimal spent) {
        BigDecimal staff = spent.multiply(new BigDecimal("0.70")).setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal supplies = spent.multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_UP);
        return new UseOfGrantForm(year, staff, supplies, spent.subtract(staff).subtract(supplies), BigDecimal.ZERO,
                BigDecimal.ZERO, "Compte rendu reçu par courrier : dépenses conformes au budget.");
    }

    /** An instalment; what reaches into the balance waits for the use report, then is paid as the balance. */
    private void pay(GrantId id, DemoLedger.Grant grant, DemoLedger.Paid paid) {
        int year = Math.min(Math.max(paid.on().getYear(), grant.year()), grant.year() + grant.years() - 1);
        Grant now = grants.find(id);
        BigDecimal amount = BigDecimal.valueOf(paid.amount());
        BigDecimal instalments = now.summary().granted().subtract(now.balance()).subtract(now.summary().paid());
        BigDecimal instalment = amount.min(instalments);
        if (instalment.signum() > 0) {
            process.complete(FUNDING, id, "grant-payment",
                    step -> new GrantPaymentForm(year, instalment, paid.on(), paid.reference()));
        }
        BigDecimal balance = amount.subtract(instalment);
        if (balance.signum() > 0) {
            process.complete(FUNDING, id, "grant-use-report", step -> new UseReportForm(paid.on().minusDays(14),
                    now.summary().granted(), true, "Compte rendu financier conforme."));
            useReports.file(FUNDING, id, useOfGrant(year, now.summary().granted()), null);
            process.complete(FUNDING, id, "grant-balance", step -> new GrantPaymentForm(year, balance, paid.on(),
                    paid.reference() + (instalment.signum() > 0 ? "-SOLDE" : "")));
        }
    }
}
