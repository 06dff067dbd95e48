package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.AidFigures;
import fr.normandie.ecoles.funding.AidPerPupil;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.YearlyResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operating aid per pupil: what was paid on operating commitments during a school year (1 September to
 * 31 August) to a school, over its pupils of that year; investment paid in the same months beside it, never
 * divided. A school counts when it has results for that school year.
 */
@ApplicationScoped
public class JpaAidFigures implements AidFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Schools schools;

    @Inject
    Beneficiaries beneficiaries;

    @Override
    public List<AidPerPupil> perSchool(int schoolYear) {
        LocalDate from = LocalDate.of(schoolYear, 9, 1);
        LocalDate until = from.plusYears(1).minusDays(1);
        Map<String, BigDecimal[]> paid = new TreeMap<>();
        for (CreditPaymentEntity payment : em.createNamedQuery("CreditPaymentEntity.upTo", CreditPaymentEntity.class)
                .setParameter("until", until).getResultList()) {
            if (payment.paidOn().isBefore(from)) {
                continue;
            }
            CommitmentEntity commitment = em.find(CommitmentEntity.class, payment.commitmentId());
            Beneficiaries.Beneficiary who = beneficiaries.of(commitment);
            if (who.schoolId() == null) {
                continue;
            }
            BigDecimal[] sums = paid.computeIfAbsent(who.schoolId().toString(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int slot = commitment.kind() == BudgetKind.OPERATING ? 0 : 1;
            sums[slot] = sums[slot].add(payment.amount());
        }
        List<AidPerPupil> rows = new ArrayList<>();
        for (School school : schools.all()) {
            long pupils = schools.results(school.id()).stream().filter(r -> r.schoolYear() == schoolYear)
                    .mapToLong(YearlyResults::pupils).sum();
            BigDecimal[] sums = paid.getOrDefault(school.id().toString(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (pupils == 0 && sums[0].signum() == 0 && sums[1].signum() == 0) {
                continue;
            }
            rows.add(new AidPerPupil(schoolYear, school.id().toString(), school.name(), school.departmentCode(),
                    sums[0], pupils, perPupil(sums[0], pupils), sums[1]));
        }
        return rows;
    }

    @Override
    public List<AidPerPupil> perDepartment(int schoolYear) {
        Map<String, AidPerPupil> byDepartment = new TreeMap<>();
        AidPerPupil region = new AidPerPupil(schoolYear, null, "Normandie", null, BigDecimal.ZERO, 0, null, BigDecimal.ZERO);
        for (AidPerPupil school : perSchool(schoolYear)) {
            byDepartment.merge(school.departmentCode(), new AidPerPupil(schoolYear, null, school.departmentCode(),
                    school.departmentCode(), school.operatingPaid(), school.pupils(), null, school.investmentPaid()),
                    JpaAidFigures::add);
            region = add(region, school);
        }
        List<AidPerPupil> rows = new ArrayList<>(byDepartment.values());
        rows.add(region);
        return rows;
    }

    private static AidPerPupil add(AidPerPupil a, AidPerPupil b) {
        BigDecimal operating = a.operatingPaid().add(b.operatingPaid());
        long pupils = a.pupils() + b.pupils();
        return new AidPerPupil(a.schoolYear(), null, a.name(), a.departmentCode(), operating, pupils,
                perPupil(operating, pupils), a.investmentPaid().add(b.investmentPaid()));
    }

    private static BigDecimal perPupil(BigDecimal operating, long pupils) {
        return pupils == 0 ? null : operating.divide(BigDecimal.valueOf(pupils), 0, RoundingMode.HALF_UP);
    }
}
