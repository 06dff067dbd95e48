package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.Budget;
import fr.normandie.ecoles.funding.BudgetKind;
import fr.normandie.ecoles.funding.Budgets;
import fr.normandie.ecoles.funding.FileContent;
import fr.normandie.ecoles.funding.YearClose;
import fr.normandie.ecoles.funding.YearClose.KindFigures;
import fr.normandie.ecoles.funding.YearClose.RemainingToPay;
import fr.normandie.ecoles.funding.YearCloses;
import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.schools.Table;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The close of a budget year, computed from the ledger's rows as they stood at the year's end: commitments
 * voted in the year, releases recorded in it, payments made in it, and what is left to pay at its end on the
 * commitments of that year and the years before (carried over to the next).
 */
@ApplicationScoped
public class JpaYearCloses implements YearCloses {

    /** No euro, in cents like every amount. */
    private static final BigDecimal NOTHING = new BigDecimal("0.00");

    @PersistenceContext
    EntityManager em;

    @Inject
    Budgets budgets;

    @Inject
    Beneficiaries beneficiaries;

    @Inject
    FundingSettings settings;

    @Override
    public YearClose close(int year) {
        Ledger ledger = ledger(year);
        List<KindFigures> byKind = Arrays.stream(BudgetKind.values()).map(kind -> figures(ledger, kind)).toList();
        KindFigures total = new KindFigures(null, sum(byKind, KindFigures::committed), sum(byKind, KindFigures::released),
                sum(byKind, KindFigures::paid), sum(byKind, KindFigures::carriedOver));
        Map<String, RemainingToPay> bySchool = new LinkedHashMap<>();
        for (CommitmentEntity commitment : ledger.commitments()) {
            BigDecimal left = ledger.leftToPay(commitment);
            if (left.signum() == 0) {
                continue;
            }
            Beneficiaries.Beneficiary who = beneficiaries.of(commitment);
            bySchool.merge(who.key(), remaining(who.key(), who.name(), who.departmentCode(), commitment.kind(), left),
                    JpaYearCloses::add);
        }
        List<RemainingToPay> schools = bySchool.values().stream()
                .sorted(Comparator.comparing(RemainingToPay::departmentCode, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RemainingToPay::label, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Map<String, RemainingToPay> byDepartment = new LinkedHashMap<>();
        for (RemainingToPay school : schools) {
            String department = school.departmentCode();
            byDepartment.merge(String.valueOf(department), new RemainingToPay(department, department, department,
                    school.investment(), school.operating(), school.total()), JpaYearCloses::add);
        }
        return new YearClose(year, budgets.ofYear(year), byKind, total, schools, List.copyOf(byDepartment.values()));
    }

    /** One line per commitment voted, payment made, release and recovery order issued in the year. */
    @Override
    public FileContent export(int year, ExportFormat format) {
        Ledger ledger = ledger(year);
        List<List<Object>> rows = new ArrayList<>();
        for (CommitmentEntity commitment : ledger.commitments()) {
            if (commitment.year() == year) {
                rows.add(row("Engagement", commitment.votedOn(), commitment, commitment.amount(), null));
            }
        }
        for (CreditPaymentEntity payment : ledger.payments()) {
            if (payment.paidOn().getYear() == year) {
                rows.add(row("Mandat", payment.paidOn(), ledger.commitment(payment.commitmentId()), payment.amount(),
                        payment.reference()));
            }
        }
        for (ReleaseEntity release : ledger.releases()) {
            if (ledger.yearOf(release) == year) {
                rows.add(row("Désengagement", release.releasedAt().toLocalDate(),
                        ledger.commitment(release.commitmentId()), release.amount().negate(), null));
            }
        }
        for (RecoveryOrderEntity order : em.createNamedQuery("RecoveryOrderEntity.all", RecoveryOrderEntity.class)
                .getResultList()) {
            if (order.issuedOn().getYear() == year) {
                rows.add(row("Titre de recette", order.issuedOn(), ledger.commitment(order.commitmentId()),
                        order.amount(), null));
            }
        }
        rows.sort(Comparator.comparing(r -> (LocalDate) r.get(1)));
        Table table = new Table("Clôture " + year, List.of("Mouvement", "Date", "Exercice", "Nature", "Ligne budgétaire",
                "Montant", "Bénéficiaire", "Département", "SIREN", "Délibération", "Référence", "Engagement"), rows);
        return FundingDocuments.file("cloture-" + year, format, table);
    }

    private List<Object> row(String movement, LocalDate on, CommitmentEntity commitment, BigDecimal amount,
                             String reference) {
        Beneficiaries.Beneficiary who = beneficiaries.of(commitment);
        return Arrays.asList(movement, on, (long) on.getYear(), commitment.kind() == BudgetKind.INVESTMENT
                ? "Investissement" : "Fonctionnement", settings.budgetLine(commitment.kind()), amount, who.name(),
                who.departmentCode(), who.siren(), commitment.deliberation(), reference, commitment.id().toString());
    }

    private static KindFigures figures(Ledger ledger, BudgetKind kind) {
        Predicate<CommitmentEntity> ofKind = c -> c.kind() == kind;
        BigDecimal committed = ledger.commitments().stream().filter(ofKind).filter(c -> c.year() == ledger.year())
                .map(CommitmentEntity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal released = ledger.releases().stream().filter(r -> ledger.yearOf(r) == ledger.year())
                .filter(r -> ledger.commitment(r.commitmentId()).kind() == kind)
                .map(ReleaseEntity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = ledger.payments().stream().filter(p -> p.paidOn().getYear() == ledger.year())
                .filter(p -> ledger.commitment(p.commitmentId()).kind() == kind)
                .map(CreditPaymentEntity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal carried = ledger.commitments().stream().filter(ofKind).map(ledger::leftToPay)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KindFigures(kind, committed, released, paid, carried);
    }

    private Ledger ledger(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<CommitmentEntity> all = em.createNamedQuery("CommitmentEntity.all", CommitmentEntity.class).getResultList();
        Map<UUID, CommitmentEntity> byId = all.stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        List<CommitmentEntity> commitments = all.stream().filter(c -> c.year() <= year).toList();
        List<CreditPaymentEntity> payments = em.createNamedQuery("CreditPaymentEntity.upTo", CreditPaymentEntity.class)
                .setParameter("until", end).getResultList();
        List<ReleaseEntity> releases = em.createNamedQuery("ReleaseEntity.all", ReleaseEntity.class).getResultList()
                .stream().filter(r -> !r.releasedAt().isAfter(end.plusDays(1).atStartOfDay())).toList();
        return new Ledger(year, commitments, byId, payments, releases);
    }

    /**
     * The ledger's rows up to the year's end: the commitments of the year and the years before, and the payments and
     * releases made until then, which may concern a later year's commitment (a multi-year grant released or paid
     * early): {@code byId} holds every commitment for those.
     */
    private record Ledger(int year, List<CommitmentEntity> commitments, Map<UUID, CommitmentEntity> byId,
                          List<CreditPaymentEntity> payments, List<ReleaseEntity> releases) {

        CommitmentEntity commitment(UUID id) {
            return Optional.ofNullable(byId.get(id))
                    .orElseThrow(() -> new IllegalStateException("A movement of an unknown commitment: " + id));
        }

        /**
         * The budget year whose close counts a release: the year it was recorded in, or its commitment's year when
         * the release came before that year began (the later years of a grant, released when its project was
         * abandoned): a year's authorisations are given back in that year, not in an earlier one.
         */
        int yearOf(ReleaseEntity release) {
            return Math.max(release.releasedAt().getYear(), commitment(release.commitmentId()).year());
        }

        /** What was left to pay on a commitment at the year's end. */
        BigDecimal leftToPay(CommitmentEntity commitment) {
            UUID id = commitment.id().value();
            BigDecimal paid = payments.stream().filter(p -> p.commitmentId().equals(id)).map(CreditPaymentEntity::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal released = releases.stream().filter(r -> r.commitmentId().equals(id)).map(ReleaseEntity::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return commitment.amount().subtract(paid).subtract(released);
        }
    }

    private static RemainingToPay remaining(String key, String label, String department, BudgetKind kind,
                                            BigDecimal amount) {
        return new RemainingToPay(key, label, department, kind == BudgetKind.INVESTMENT ? amount : NOTHING,
                kind == BudgetKind.OPERATING ? amount : NOTHING, amount);
    }

    private static RemainingToPay add(RemainingToPay a, RemainingToPay b) {
        return new RemainingToPay(a.key(), a.label(), a.departmentCode(), a.investment().add(b.investment()),
                a.operating().add(b.operating()), a.total().add(b.total()));
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> figure) {
        return rows.stream().map(figure).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
