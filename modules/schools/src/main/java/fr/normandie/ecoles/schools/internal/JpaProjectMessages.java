package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Colleagues;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.NewMessage;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectMessage;
import fr.normandie.ecoles.schools.ProjectMessages;
import fr.normandie.ecoles.schools.UnknownProjectException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The messages of table {@code project_message}; the notice of each is fired in the transaction that writes it. */
@ApplicationScoped
public class JpaProjectMessages implements ProjectMessages {

    /** The longest part of a message a mail quotes: the rest is on the page the mail links to. */
    static final int MAIL_EXCERPT = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    JpaProjectOfficers officers;

    @Inject
    Colleagues colleagues;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Event<Notice> notices;

    @Override
    public List<ProjectMessage> thread(ProjectId project, Caller caller) {
        seenBy(project, caller);
        return em.createNamedQuery("MessageEntity.ofProject", MessageEntity.class)
                .setParameter("project", project.value()).getResultList().stream().map(MessageEntity::toMessage)
                .toList();
    }

    @Override
    @Transactional
    public ProjectMessage write(ProjectId project, NewMessage message, Caller caller) {
        caller.requireAny("Seuls le porteur du projet, les chargés de mission et les administrateurs écrivent dans les "
                + "messages d'un projet.", Role.CARRIER, Role.STAFF, Role.ADMIN);
        ProjectEntity entity = seenBy(project, caller);
        Inputs.requireValid(validator, message);
        MessageEntity written = new MessageEntity(project, message.text(), caller.name(), caller.isCarrier(),
                clock.now());
        em.persist(written);
        notices.fire(noticeOf(entity, project, message.text(), caller));
        return written.toMessage();
    }

    @Override
    public long unread(ProjectId project, Caller caller) {
        seenBy(project, caller);
        if (!answers(caller)) {
            return 0;
        }
        return em.createNamedQuery("MessageEntity.unread", Long.class).setParameter("project", project.value())
                .setParameter("fromCarrier", !caller.isCarrier()).getSingleResult();
    }

    @Override
    @Transactional
    public int markRead(ProjectId project, Caller caller) {
        seenBy(project, caller);
        if (!answers(caller)) {
            return 0;
        }
        return em.createNamedQuery("MessageEntity.markRead").setParameter("at", clock.now())
                .setParameter("project", project.value()).setParameter("fromCarrier", !caller.isCarrier())
                .executeUpdate();
    }

    /** The project, when the caller may see it: a carrier's account sees its own carrier's projects alone. */
    private ProjectEntity seenBy(ProjectId project, Caller caller) {
        ProjectEntity entity = projects.project(project);
        if (!caller.sees(entity.carrier().id())) {
            throw new UnknownProjectException(project.toString());
        }
        return entity;
    }

    /** Whether the caller's side answers the thread (reads it for its side), not only reads it. */
    private static boolean answers(Caller caller) {
        return caller.isCarrier() || caller.has(Role.STAFF) || caller.has(Role.ADMIN);
    }

    /** The other side's notice: the carrier's accounts for the Region's message, the officers for the carrier's. */
    private Notice noticeOf(ProjectEntity entity, ProjectId project, String text, Caller caller) {
        String what = Excerpt.of(text, MAIL_EXCERPT);
        if (!caller.isCarrier()) {
            return Notice.toCarrier(Notice.Kind.MESSAGE_RECEIVED, entity.carrier().id(), entity.name(), what, null,
                    carrierPage(project));
        }
        String page = Notice.projectPage(project.toString());
        Optional<String> officer = Optional.ofNullable(entity.officer()).filter(this::active);
        if (officer.isPresent()) {
            return Notice.toPerson(Notice.Kind.MESSAGE_RECEIVED, officer.get(), entity.name(), what, null, page);
        }
        List<String> departmentOfficers = officers.departmentOfficers()
                .getOrDefault(entity.departmentCode(), List.of()).stream().filter(this::active).toList();
        if (!departmentOfficers.isEmpty()) {
            return new Notice(Notice.Kind.MESSAGE_RECEIVED, Set.of(), Set.copyOf(departmentOfficers), Set.of(),
                    entity.name(), what, Optional.empty(), page);
        }
        return Notice.toRole(Notice.Kind.MESSAGE_RECEIVED, Role.STAFF, entity.name(), what, null, page);
    }

    private boolean active(String person) {
        return colleagues.activeRoles(person).isPresent();
    }

    /** The carrier's page of the project's thread, which its accounts' mails link to. */
    private static String carrierPage(ProjectId project) {
        return "carrier/messages.xhtml?project=" + project;
    }
}
