package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import jakarta.validation.Validator;
import fr.normandie.ecoles.schools.InvalidInputException;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Forbidden;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.ProjectChange;
import fr.normandie.ecoles.schools.ProjectAbandoned;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectStatus;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.StaleProjectException;
import fr.normandie.ecoles.schools.StepCompletion;
import fr.normandie.ecoles.schools.StepNotCompletedException;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.schools.internal.ProjectEventEntity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
public class JpaProjects implements Projects {

    /** Tells the other modules, in this transaction (funding releases the project's commitments). */
    @Inject
    Event<ProjectAbandoned> abandonments;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    CommuneDirectory communes;

    @Inject
    JpaCarriers carriers;

    @Override
    @Transactional
    public ProjectSummary register(ProjectRegistration registration, Caller caller) {
        requireStaff(caller, "enregistrer un projet");
        Inputs.requireValid(validator, registration);
        ProjectEntity project = new ProjectEntity(ProjectId.random(), registration,
                carriers.carrierFor(registration.carrierChoice()), caller.name(), clock.now());
        em.persist(project);
        em.persist(new ProjectEventEntity(project.id(), clock.now(), Kind.REGISTERED, null, caller.name(), null, null));
        return summaryOf(project);
    }

    @Override
    public Optional<ProjectSummary> find(ProjectId id) {
        return Optional.ofNullable(em.find(ProjectEntity.class, id.value())).map(this::summaryOf);
    }

    @Override
    public Optional<ProjectSummary> find(ProjectId id, Caller caller) {
        return seenBy(id, caller).map(this::summaryOf);
    }

    /** The project if the caller may see it: for a carrier's account, the query itself names its carrier. */
    Optional<ProjectEntity> seenBy(ProjectId id, Caller caller) {
        if (!caller.isCarrier()) {
            return Optional.ofNullable(em.find(ProjectEntity.class, id.value()));
        }
        return em.createNamedQuery("ProjectEntity.ofCarrier", ProjectEntity.class)
                .setParameter("id", id.value()).setParameter("carrier", caller.carrierId())
                .getResultStream().findFirst();
    }

    /** The project the caller may see, or the refusal a missing project gets (another carrier's is no different). */
    void requireSeenBy(ProjectId id, Caller caller) {
        seenBy(id, caller).orElseThrow(() -> new UnknownProjectException(id.toString()));
    }

    @Override
    public long count(ProjectStatus status) {
        return em.createQuery("select count(p) from ProjectEntity p where p.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }

    @Override
    public List<ProjectSummary> list(String departmentCode, ProjectStatus status) {
        return list(departmentCode, status, (UUID) null);
    }

    @Override
    public List<ProjectSummary> list(String departmentCode, ProjectStatus status, Caller caller) {
        return list(departmentCode, status, caller.carrierId());
    }

    /** The projects, of one carrier alone when {@code carrier} is given. */
    private List<ProjectSummary> list(String departmentCode, ProjectStatus status, UUID carrier) {
        StringBuilder jpql = new StringBuilder("select p from ProjectEntity p join fetch p.carrier "
                + "where p.registeredBy <> :registry");
        if (carrier != null) {
            jpql.append(" and p.carrier.id = :carrier");
        }
        if (departmentCode != null) {
            jpql.append(" and p.departmentCode = :department");
        }
        if (status != null) {
            jpql.append(" and p.status = :status");
        }
        jpql.append(" order by p.registeredAt desc");
        TypedQuery<ProjectEntity> query = em.createQuery(jpql.toString(), ProjectEntity.class)
                .setParameter("registry", JpaSchoolStatuses.REGISTRY);
        if (departmentCode != null) {
            query.setParameter("department", departmentCode);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (carrier != null) {
            query.setParameter("carrier", carrier);
        }
        return withCommuneNames(query.getResultList());
    }

    @Override
    public Map<ProjectId, ProjectSummary> summaries(Collection<ProjectId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ProjectEntity> found = em.createNamedQuery("ProjectEntity.byIds", ProjectEntity.class)
                .setParameter("ids", ids.stream().map(ProjectId::value).toList())
                .getResultList();
        return withCommuneNames(found).stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
    }

    @Override
    public List<StepCompletion> history(ProjectId id) {
        return em.createNamedQuery("ProjectEventEntity.ofKind", ProjectEventEntity.class)
                .setParameter("project", id.value())
                .setParameter("kind", Kind.STEP_COMPLETED)
                .getResultList().stream().map(ProjectEventEntity::toStepCompletion).toList();
    }

    @Override
    public void requireInProgress(ProjectId id) {
        project(id).requireInProgress();
    }

    @Override
    @Transactional
    public void recordStep(ProjectId id, String step, String completedBy, String outcome) {
        ProjectEntity project = project(id);
        project.requireInProgress();
        Instant now = clock.now();
        Instant previous = em.createNamedQuery("ProjectEventEntity.milestonesLatestFirst", ProjectEventEntity.class)
                .setParameter("project", id.value()).setMaxResults(1).getResultList().stream()
                .map(ProjectEventEntity::occurredAt).findFirst().orElseGet(project::registeredAt);
        project.completed(step);
        em.persist(ProjectEventEntity.stepCompleted(id, now, step, completedBy, outcome, Duration.between(previous, now)));
    }

    @Override
    @Transactional
    public void recordReminder(ProjectId id, String step) {
        em.persist(new ProjectEventEntity(id, clock.now(), Kind.REMINDER_SENT, step, null, null, null));
        // written now, inside the engine's job: a refusal fails the job (retried, then an incident); left to
        // the commit, it came after the engine had let the job go, and the reminder vanished without a trace
        em.flush();
    }

    @Override
    @Transactional
    public void abandon(ProjectId id, String reason, Caller caller) {
        requireStaff(caller, "abandonner un projet");
        String why = reason(reason, "Le motif d'abandon");
        project(id).end(ProjectStatus.ABANDONED, why, clock.now());
        em.persist(new ProjectEventEntity(id, clock.now(), Kind.ABANDONED, null, caller.name(), null, why));
        abandonments.fire(new ProjectAbandoned(id, why, caller.name()));
    }

    /** A mandatory reason, given in the request's {@code reason} field, as it is kept: stripped, 2,000 characters at most. */
    private static String reason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", what + " est obligatoire.");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", what + " ne doit pas dépasser 2000 caractères.");
        }
        return reason.strip();
    }

    private static void requireStaff(Caller caller, String action) {
        caller.requireAny("Seuls les chargés de mission peuvent " + action + ".", Role.STAFF);
    }

    /**
     * The version is checked against the project's, then again by the database as the change is written (two edits
     * on the same version at once: the second one's update finds the version gone): either way a stale edit writes
     * nothing.
     */
    @Override
    @Transactional
    public List<ProjectChange> edit(ProjectId id, long version, ProjectRegistration registration, Caller caller) {
        requireStaff(caller, "modifier l'inscription d'un projet");
        ProjectEntity project = project(id);
        Inputs.requireValid(validator, registration);
        List<ProjectChange> changes = project.edit(version, registration,
                carriers.carrierFor(registration.carrierChoice()));
        if (changes.isEmpty()) {
            return changes;
        }
        ProjectEventEntity edited = new ProjectEventEntity(id, clock.now(), Kind.EDITED, null, caller.name(), null, null);
        em.persist(edited);
        try {
            // the project's update, checked against its version, and the event before the changes that refer to it
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleProjectException(version);
        }
        changes.forEach(change -> em.persist(new ProjectChangeEntity(edited.id(), change)));
        return changes;
    }

    @Override
    @Transactional
    public void reopenStep(ProjectId id, String step, String reason, Caller caller) {
        caller.requireAny("Seul un administrateur peut rouvrir une étape terminée.", Role.ADMIN);
        String why = reason(reason, "Le motif de la réouverture");
        ProjectEntity project = project(id);
        project.requireInProgress();
        List<ProjectEventEntity> completed = em.createNamedQuery("ProjectEventEntity.ofKind", ProjectEventEntity.class)
                .setParameter("project", id.value()).setParameter("kind", Kind.STEP_COMPLETED).getResultList();
        int last = IntStream.range(0, completed.size()).map(i -> completed.size() - 1 - i)
                .filter(i -> step.equals(completed.get(i).step())).findFirst()
                .orElseThrow(StepNotCompletedException::new);
        project.reopened(last == 0 ? null : completed.get(last - 1).step());
        em.persist(new ProjectEventEntity(id, clock.now(), Kind.STEP_REOPENED, step, caller.name(), null, why));
    }

    @Override
    @Transactional
    public void markOpened(ProjectId id) {
        project(id).end(ProjectStatus.OPEN, null, clock.now());
        em.persist(new ProjectEventEntity(id, clock.now(), Kind.OPENED, null, null, null, null));
    }

    @Override
    @Transactional
    public void markClosed(ProjectId id, String atStep) {
        project(id).end(ProjectStatus.CLOSED, atStep, clock.now());
        em.persist(new ProjectEventEntity(id, clock.now(), Kind.CLOSED, atStep, null, null, null));
    }

    /** When the step was last completed for the project, if ever. */
    Optional<Instant> lastCompletion(ProjectId id, String step) {
        return em.createQuery("select e from ProjectEventEntity e where e.projectId = :project"
                        + " and e.kind = :kind and e.step = :step order by e.occurredAt desc", ProjectEventEntity.class)
                .setParameter("project", id.value()).setParameter("kind", Kind.STEP_COMPLETED)
                .setParameter("step", step).setMaxResults(1).getResultList().stream()
                .map(e -> e.toStepCompletion().completedAt()).findFirst();
    }

    /**
     * What a named query taking the parameter {@code project} finds for the project, as records: a project's
     * comments, its documents.
     * @throws UnknownProjectException when there is no such project
     */
    <E, R> List<R> rowsOf(ProjectId id, String namedQuery, Class<E> type, Function<E, R> record) {
        project(id);
        return em.createNamedQuery(namedQuery, type).setParameter("project", id.value())
                .getResultList().stream().map(record).toList();
    }

    ProjectEntity project(ProjectId id) {
        ProjectEntity project = em.find(ProjectEntity.class, id.value());
        if (project == null) {
            throw new UnknownProjectException(id.toString());
        }
        return project;
    }

    private ProjectSummary summaryOf(ProjectEntity project) {
        return withCommuneNames(List.of(project)).get(0);
    }

    /** Summaries with their communes and intercommunalities, read in one query whatever the number of projects. */
    private List<ProjectSummary> withCommuneNames(List<ProjectEntity> projects) {
        return projects.stream().map(p -> p.toSummary(communes.get(p.communeCode()))).toList();
    }
}
