package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.OperatingBasis;
import fr.normandie.ecoles.funding.SubsidyDecisionForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Region's share of a school's budget lines (2019 policy, configurable): for operation at most a
 * share of the operating budget (33 %) or an amount per pupil and per year (5,000 €); for investment
 * a share of the eligible expenses between a floor and a cap (30 to 50 %). On every line the Region
 * grants no more than requested and no more than eligible.
 *
 * @param operatingMaxShare   the cap on the operating aid, as a share of the operating budget
 * @param investmentMinShare  the floor of the investment aid, as a share of the eligible investment (0: none)
 * @param investmentMaxShare  the cap on the investment aid, as a share of the eligible investment
 * @param perPupilAid         the cap on the operating aid per pupil and per year, in euros
 */
record ShareRules(BigDecimal operatingMaxShare, BigDecimal investmentMinShare, BigDecimal investmentMaxShare,
                  BigDecimal perPupilAid) {

    ShareRules {
        requireShare(operatingMaxShare, "funding.share.operating.max");
        requireShare(investmentMinShare, "funding.share.investment.min");
        requireShare(investmentMaxShare, "funding.share.investment.max");
        if (investmentMinShare.compareTo(investmentMaxShare) > 0) {
            throw new IllegalArgumentException("funding.share.investment.min must not exceed funding.share.investment.max");
        }
        if (perPupilAid.signum() <= 0) {
            throw new IllegalArgumentException("funding.share.operating.per-pupil must be positive");
        }
    }

    /** The breaches of a grant; a refusal breaks none. */
    List<Breach> check(SubsidyDecisionForm form) {
        List<Breach> breaches = new ArrayList<>();
        if (!form.granted()) {
            return breaches;
        }
        if (granting(form.investmentGranted())) {
            BoundedLine line = new BoundedLine(FundedLine.INVESTMENT, "investment", form.investmentRequested(),
                    form.investmentEligible(), form.investmentGranted());
            if (line.check(breaches)) {
                checkInvestmentShare(line.eligible(), line.granted(), line.field("Granted"), breaches);
            }
        }
        if (granting(form.operatingGranted())) {
            BoundedLine line = new BoundedLine(FundedLine.OPERATION, "operating", form.operatingRequested(),
                    form.operatingEligible(), form.operatingGranted());
            if (line.check(breaches)) {
                checkOperatingAid(line.eligible(), line.granted(), line.field("Granted"), form.operatingBasis(),
                        form.pupils(), breaches);
            }
        }
        return breaches;
    }

    /**
     * The share breaches of one granted line of any grant (its requested and eligible amounts checked by its
     * own form): the investment share, or the operating cap of its basis.
     */
    List<Breach> line(FundedLine kind, BigDecimal eligible, BigDecimal granted, OperatingBasis basis, Integer pupils,
                      String field) {
        List<Breach> breaches = new ArrayList<>();
        if (!granting(granted) || eligible == null || eligible.signum() == 0) {
            return breaches;
        }
        if (kind == FundedLine.INVESTMENT) {
            checkInvestmentShare(eligible, granted, field, breaches);
        } else {
            checkOperatingAid(eligible, granted, field, basis, pupils, breaches);
        }
        return breaches;
    }

    private void checkInvestmentShare(BigDecimal eligible, BigDecimal granted, String field, List<Breach> breaches) {
        BigDecimal cap = eligible.multiply(investmentMaxShare).setScale(2, RoundingMode.DOWN);
        BigDecimal floor = eligible.multiply(investmentMinShare).setScale(2, RoundingMode.UP);
        if (granted.compareTo(cap) > 0) {
            breaches.add(Breach.ofRule(ShareRule.INVESTMENT_SHARE, field, "La part régionale de l'investissement ne peut dépasser "
                    + Euros.percent(investmentMaxShare) + " de la dépense éligible : " + Euros.format(cap) + " au plus."));
        } else if (granted.compareTo(floor) < 0) {
            breaches.add(Breach.ofRule(ShareRule.INVESTMENT_SHARE, field, "La part régionale de l'investissement est d'au moins "
                    + Euros.percent(investmentMinShare) + " de la dépense éligible : " + Euros.format(floor) + " au moins."));
        }
    }

    private void checkOperatingAid(BigDecimal eligible, BigDecimal granted, String field, OperatingBasis basis,
                                   Integer pupils, List<Breach> breaches) {
        if (basis == OperatingBasis.PER_PUPIL) {
            if (pupils == null) {
                breaches.add(Breach.on("pupils", "Indiquez le nombre d'élèves pour une aide au fonctionnement par élève."));
                return;
            }
            BigDecimal cap = perPupilAid.multiply(BigDecimal.valueOf(pupils.longValue()));
            if (granted.compareTo(cap) > 0) {
                breaches.add(Breach.ofRule(ShareRule.PER_PUPIL, field, "L'aide au fonctionnement ne peut dépasser "
                        + Euros.format(perPupilAid) + " par élève et par an : " + Euros.format(cap) + " au plus pour "
                        + pupils + " élève(s)."));
            }
            return;
        }
        BigDecimal cap = eligible.multiply(operatingMaxShare).setScale(2, RoundingMode.DOWN);
        if (granted.compareTo(cap) > 0) {
            breaches.add(Breach.ofRule(ShareRule.OPERATING_SHARE, field, "L'aide au fonctionnement ne peut dépasser "
                    + Euros.percent(operatingMaxShare) + " du budget de fonctionnement : " + Euros.format(cap) + " au plus."));
        }
    }

    private static boolean granting(BigDecimal granted) {
        return granted != null && granted.signum() > 0;
    }

    private static void requireShare(BigDecimal share, String setting) {
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(setting + " must be a share between 0 and 1, such as 0.33");
        }
    }

    /** One line of a grant: what is requested, eligible and granted on it, checked against each other. */
    private record BoundedLine(FundedLine line, String prefix, BigDecimal requested, BigDecimal eligible,
                               BigDecimal granted) {

        /** @return whether the line may go on to its share check */
        boolean check(List<Breach> breaches) {
            int before = breaches.size();
            if (requested == null || requested.signum() == 0) {
                breaches.add(Breach.on(field("Requested"), "Indiquez le montant demandé par le porteur en "
                        + line.label() + "."));
            } else if (granted.compareTo(requested) > 0) {
                breaches.add(Breach.on(field("Granted"), "Le montant accordé en " + line.label() + " ("
                        + Euros.format(granted) + ") dépasse le montant demandé (" + Euros.format(requested) + ")."));
            }
            if (eligible == null || eligible.signum() == 0) {
                breaches.add(Breach.on(field("Eligible"), "Indiquez le montant éligible en " + line.label() + "."));
            } else if (granted.compareTo(eligible) > 0) {
                breaches.add(Breach.on(field("Granted"), "Le montant accordé en " + line.label() + " ("
                        + Euros.format(granted) + ") dépasse le montant éligible (" + Euros.format(eligible) + ")."));
            }
            return breaches.size() == before;
        }

        String field(String suffix) {
            return prefix + suffix;
        }
    }
}
