package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.funding.GrantAgreementForm;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantInstructionForm;
import fr.normandie.ecoles.funding.GrantKind;
import fr.normandie.ecoles.funding.GrantPaymentForm;
import fr.normandie.ecoles.funding.GrantRequestForm;
import fr.normandie.ecoles.funding.GrantVoteForm;
import fr.normandie.ecoles.funding.Grants;
import fr.normandie.ecoles.funding.InstructionOpinion;
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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Usin'Eure's real grants (shared/DOMAIN.md), taken through {@code school-grant.bpmn} like any grant and paid over
 * the years whose budgets the demonstration opens (2019, 2020, 2021 and the current one): the investment grant of
 * 350 k€ on 2.5 M€ (14 %), the first year's operating aid of 109 k€, then 150 k€ a year under a three-year agreement
 * from 2020, and the current year's 150 k€.
 */
@ApplicationScoped
public class DemoGrants {

    private static final Logger LOG = Logger.getLogger(DemoGrants.class.getName());
    private static final Caller FUNDING = new Caller("funding", java.util.Set.of(Role.FUNDING));
    private static final String USIN_EURE = "Usin'Eure";

    @Inject
    Schools schools;

    @Inject
    Grants grants;

    @Inject
    GrantProcess process;

    /** Once: nothing is done when Usin'Eure is missing or already has grants. */
    public void loadIfEmpty() {
        Optional<School> school = schools.all().stream().filter(s -> s.name().equals(USIN_EURE)).findFirst();
        if (school.isEmpty() || !grants.list(school.get().id(), null).isEmpty()) {
            return;
        }
        int thisYear = LocalDate.now().getYear();
        GrantId investment = granted(school.get(), GrantKind.INVESTMENT, 2019, List.of(350_000), 2_500_000,
                "Équipement de l'atelier d'usinage (centres d'usinage, tours à commande numérique).",
                LocalDate.of(2019, 3, 29), "CP-2019-03-027",
                "Part de 14 % : l'État (appel à projets PIC) et des fondations financent l'essentiel de "
                        + "l'investissement ; la Région complète le plan de financement.");
        pay(investment, 2019, 200_000, LocalDate.of(2019, 6, 14), "MANDAT-2019-0612");
        pay(investment, 2019, 80_000, LocalDate.of(2020, 2, 10), "MANDAT-2020-0114");
        reportAndBalance(investment, 2019, 70_000, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 12), "MANDAT-2021-0403");

        GrantId firstYear = granted(school.get(), GrantKind.OPERATING, 2019, List.of(109_000), 420_000,
                "Fonctionnement de la première année de l'école.", LocalDate.of(2019, 3, 29), "CP-2019-03-028", null);
        pay(firstYear, 2019, 87_200, LocalDate.of(2019, 6, 14), "MANDAT-2019-0613");
        reportAndBalance(firstYear, 2019, 21_800, LocalDate.of(2020, 3, 2), LocalDate.of(2020, 4, 6), "MANDAT-2020-0391");

        GrantId multiYear = granted(school.get(), GrantKind.OPERATING, 2020, List.of(150_000, 150_000, 150_000), 480_000,
                "Convention pluriannuelle d'objectifs 2020-2022 : fonctionnement de l'école.", LocalDate.of(2020, 2, 7),
                "CP-2020-02-015", null);
        pay(multiYear, 2020, 150_000, LocalDate.of(2020, 3, 16), "MANDAT-2020-0288");
        pay(multiYear, 2021, 150_000, LocalDate.of(2021, 2, 15), "MANDAT-2021-0199");

        GrantId current = granted(school.get(), GrantKind.OPERATING, thisYear, List.of(150_000), 500_000,
                "Fonctionnement de l'école pour " + thisYear + ".", LocalDate.of(thisYear, 1, 30),
                "CP-" + thisYear + "-01-009", null);
        pay(current, thisYear, 90_000, LocalDate.of(thisYear, 2, 20), "MANDAT-" + thisYear + "-0150");
        LOG.info("Subventions de démonstration d'Usin'Eure enregistrées et versées.");
    }

    /** Requested, instructed, voted, its agreement signed a fortnight after the vote. */
    private GrantId granted(School school, GrantKind kind, int firstYear, List<Integer> amounts, long expenses,
                            String purpose, LocalDate votedOn, String deliberation, String justification) {
        List<BigDecimal> euros = amounts.stream().map(BigDecimal::valueOf).toList();
        GrantId id = GrantId.parse(process.request(FUNDING, new GrantRequestForm(school.id(), kind, firstYear, euros,
                BigDecimal.valueOf(expenses), BigDecimal.valueOf(expenses / 3), null, null, purpose)).grant().id());
        process.complete(FUNDING, id, "grant-instruction",
                step -> new GrantInstructionForm(InstructionOpinion.FAVOURABLE, euros, null));
        process.complete(FUNDING, id, "grant-vote",
                step -> new GrantVoteForm(true, votedOn, deliberation, euros, justification));
        process.complete(FUNDING, id, "grant-agreement", step -> new GrantAgreementForm(votedOn.plusDays(14),
                "CONV-" + deliberation.substring(3)));
        return id;
    }

    private void pay(GrantId grant, int year, long amount, LocalDate paidOn, String reference) {
        process.complete(FUNDING, grant, "grant-payment",
                step -> new GrantPaymentForm(year, BigDecimal.valueOf(amount), paidOn, reference));
    }

    private void reportAndBalance(GrantId grant, int year, long balance, LocalDate reportOn, LocalDate paidOn,
                                  String reference) {
        process.complete(FUNDING, grant, "grant-use-report",
                step -> new UseReportForm(reportOn, grants.find(grant).summary().granted(), true, null));
        process.complete(FUNDING, grant, "grant-balance",
                step -> new GrantPaymentForm(year, BigDecimal.valueOf(balance), paidOn, reference));
    }
}
