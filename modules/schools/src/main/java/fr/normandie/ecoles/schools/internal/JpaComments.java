package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.schools.Comment;
import fr.normandie.ecoles.schools.Comments;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.NewComment;
import fr.normandie.ecoles.schools.ProjectId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.List;

@ApplicationScoped
public class JpaComments implements Comments {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Override
    @Transactional
    public Comment add(ProjectId project, NewComment comment, Caller caller) {
        caller.requireAny("Seuls les chargés de mission, les auditeurs FNEP, les chargés de financement et les "
                + "administrateurs peuvent commenter un projet.", Role.STAFF, Role.AUDITOR, Role.FUNDING, Role.ADMIN);
        Inputs.requireValid(validator, comment);
        projects.project(project);
        CommentEntity written = new CommentEntity(project, comment.text(), caller.name(), clock.now());
        em.persist(written);
        return written.toComment();
    }

    @Override
    public List<Comment> list(ProjectId project, Caller caller) {
        caller.requireAny("Les commentaires internes d'un projet sont réservés aux services de la Région.",
                Role.region().toArray(Role[]::new));
        return projects.rowsOf(project, "CommentEntity.ofProject", CommentEntity.class, CommentEntity::toComment);
    }
}
