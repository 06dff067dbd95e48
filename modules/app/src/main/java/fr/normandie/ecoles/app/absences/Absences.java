package fr.normandie.ecoles.app.absences;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.Rejected;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The absences people declare. Whether an absence is in force is asked at the time of each query or notice, with
 * the kernel's clock: it starts on its first day and ends after its last with nothing scheduled or undone.
 */
@ApplicationScoped
public class Absences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Colleagues colleagues;

    /**
     * The caller declares an absence of their own (any role that signs in has work or notices to hand on). The
     * person's account row is locked while the overlap is checked, so that two declarations at once cannot overlap.
     *
     * @throws Rejected on {@code to} for days out of order, on {@code substitute} for no active colleague or oneself,
     *         on {@code from} for an absence overlapping another of the person's
     */
    @Transactional
    public Absence declare(AbsenceForm form, Caller caller) {
        caller.requireAny("Connectez-vous pour déclarer une absence.", Role.values());
        Inputs.requireValid(validator, form);
        if (form.to().isBefore(form.from())) {
            throw new Rejected("to", "La date de fin doit être le jour de début ou après.");
        }
        String substitute = colleagues.requireColleague(form.substitute(), null, "substitute");
        if (substitute.equals(caller.name())) {
            throw new Rejected("substitute", "Choisissez une autre personne que vous-même.");
        }
        requireAbleToStandIn(substitute, caller);
        em.createNativeQuery("select username from accounts.account where username = ? for update")
                .setParameter(1, caller.name()).getResultList();
        List<Absence> overlapping = em.createNamedQuery("AbsenceEntity.overlapping", AbsenceEntity.class)
                .setParameter("person", caller.name()).setParameter("from", form.from()).setParameter("to", form.to())
                .getResultList().stream().map(AbsenceEntity::toAbsence).toList();
        if (!overlapping.isEmpty()) {
            Absence other = overlapping.get(0);
            throw new Rejected("from", "Cette absence chevauche celle du " + DAY.format(other.from()) + " au "
                    + DAY.format(other.to()) + ".");
        }
        AbsenceEntity absence = new AbsenceEntity(caller.name(), form, substitute, clock.nowUtc());
        em.persist(absence);
        return absence.toAbsence();
    }

    /**
     * The substitute receives the person's tasks: they must be one of the Region's people and hold every role the
     * person works with (staff, auditor, funding), or the tasks routed to them would be tasks they may not take.
     */
    private void requireAbleToStandIn(String substitute, Caller caller) {
        Set<Role> theirs = colleagues.activeRoles(substitute).orElse(Set.of());
        if (theirs.contains(Role.CARRIER)) {
            throw new Rejected("substitute", "Un compte de porteur de projet ne peut pas vous remplacer.");
        }
        List<String> missing = Arrays.stream(Role.working()).filter(caller::has).filter(r -> !theirs.contains(r))
                .map(Role::group).toList();
        if (!missing.isEmpty()) {
            throw new Rejected("substitute", "« " + substitute + " » n'a pas le rôle " + String.join(", ", missing)
                    + " : cette personne ne pourrait pas reprendre vos tâches.");
        }
    }

    /**
     * The caller withdraws one of their own absences: one that has not begun is removed; one in force ends yesterday
     * (removed when it began today), so that the person's tasks and notifications come back to them at once. A past
     * absence stays as it was: it is history.
     *
     * @throws UnknownAbsenceException for no absence of the caller's with this id (another person's included)
     * @throws AbsenceOverException for an absence already ended
     */
    @Transactional
    public void withdraw(UUID id, Caller caller) {
        caller.requireAny("Connectez-vous pour retirer une absence.", Role.values());
        AbsenceEntity absence = em.find(AbsenceEntity.class, id);
        if (absence == null || !absence.toAbsence().person().equals(caller.name())) {
            throw new UnknownAbsenceException();
        }
        LocalDate today = clock.today();
        if (!absence.endsAfter(today.minusDays(1))) {
            throw new AbsenceOverException();
        }
        if (absence.beginsAfter(today.minusDays(1))) {
            em.remove(absence);
        } else {
            absence.endOn(today.minusDays(1));
        }
    }

    /** A person's absences, the earliest first. */
    public List<Absence> of(String person) {
        return em.createNamedQuery("AbsenceEntity.ofPerson", AbsenceEntity.class).setParameter("person", person)
                .getResultList().stream().map(AbsenceEntity::toAbsence).toList();
    }

    /** The people absent today who named this person as their substitute. */
    public Set<String> standingInFor(String substitute) {
        return em.createNamedQuery("AbsenceEntity.inForceFor", AbsenceEntity.class)
                .setParameter("substitute", substitute).setParameter("day", clock.today())
                .getResultStream().map(a -> a.toAbsence().person()).collect(Collectors.toSet());
    }

    /**
     * The substitutes, today, of those of these people who are absent. Read without flushing, as the notices'
     * other reads (see {@code Accounts.mailboxes}): the step's pending writes are not absences.
     */
    public Set<String> substitutesOf(Collection<String> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return em.createNamedQuery("AbsenceEntity.inForceOf", AbsenceEntity.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter("people", List.copyOf(people)).setParameter("day", clock.today())
                .getResultStream().map(a -> a.toAbsence().substitute()).collect(Collectors.toSet());
    }
}
