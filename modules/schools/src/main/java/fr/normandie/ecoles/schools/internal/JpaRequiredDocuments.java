package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.OnlineCarriers;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Document;
import fr.normandie.ecoles.schools.ExpectedDocument;
import fr.normandie.ecoles.schools.MissingDocumentsException;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.RequiredDocument;
import fr.normandie.ecoles.schools.RequiredDocumentItem;
import fr.normandie.ecoles.schools.RequiredDocuments;
import fr.normandie.ecoles.schools.RequiredDocumentsForm;
import fr.normandie.ecoles.schools.StepDocuments;
import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.schools.UnknownStepException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaRequiredDocuments implements RequiredDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    JpaProjects projects;

    @Inject
    OnlineCarriers onlineCarriers;

    /** Every step's handler, whatever its module: the keys a list may be set for. */
    @Inject
    Instance<StepHandler<?, ?>> handlers;

    @Override
    public List<RequiredDocument> of(String step) {
        return em.createNamedQuery("RequiredDocumentEntity.ofStep", RequiredDocumentEntity.class)
                .setParameter("step", step).getResultStream()
                .map(RequiredDocumentEntity::toRequiredDocument).toList();
    }

    @Override
    public Map<String, List<RequiredDocument>> all() {
        return em.createNamedQuery("RequiredDocumentEntity.all", RequiredDocumentEntity.class).getResultStream()
                .map(RequiredDocumentEntity::toRequiredDocument)
                .collect(Collectors.groupingBy(RequiredDocument::step, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    @Transactional
    public List<RequiredDocument> set(String step, RequiredDocumentsForm form, Caller caller) {
        caller.requireAny("Seuls les administrateurs fixent les documents attendus à chaque étape.", Role.ADMIN);
        if (handlers.stream().noneMatch(handler -> handler.key().equals(step))) {
            throw new UnknownStepException(step);
        }
        List<RequiredDocumentEntity> existing = em.createNamedQuery("RequiredDocumentEntity.ofStep",
                RequiredDocumentEntity.class).setParameter("step", step).getResultList();
        Map<String, RequiredDocumentEntity> byId = existing.stream()
                .collect(Collectors.toMap(e -> e.id().toString(), Function.identity()));
        List<RequiredDocumentItem> items = RequiredDocumentRules.checked(form, byId.keySet());
        Set<UUID> kept = new HashSet<>();
        List<RequiredDocument> saved = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RequiredDocumentItem item = items.get(i);
            RequiredDocumentEntity entity = item.id() == null ? null : byId.get(item.id().toLowerCase(Locale.ROOT));
            if (entity == null) {
                entity = new RequiredDocumentEntity(step);
                em.persist(entity);
            }
            entity.set(FreeText.optional(item.label()), Boolean.TRUE.equals(item.mandatory()), i);
            kept.add(entity.id());
            saved.add(entity.toRequiredDocument());
        }
        List<UUID> removed = existing.stream().map(RequiredDocumentEntity::id).filter(id -> !kept.contains(id)).toList();
        if (!removed.isEmpty()) {
            // the documents that answered a removed item stay in the project's file, answering nothing
            em.createNamedQuery("DocumentEntity.unlink").setParameter("requirements", removed).executeUpdate();
            existing.stream().filter(e -> removed.contains(e.id())).forEach(em::remove);
        }
        return saved;
    }

    @Override
    public List<StepDocuments> checklist(ProjectId project, Caller caller) {
        UUID carrier = carrierSeenBy(project, caller);
        boolean online = onlineCarriers.filesOnline(carrier);
        Map<UUID, List<Document>> answers = answers(project);
        return all().entrySet().stream().map(step -> StepDocuments.of(step.getKey(), step.getValue().stream()
                        .map(item -> new ExpectedDocument(item, answers.getOrDefault(item.id(), List.of()))).toList(),
                        online))
                .toList();
    }

    @Override
    public void requireFiled(ProjectId project, String step, String stepLabel) {
        // the carrier first: most carriers file by e-mail, and then the step's list is not read at all
        if (!onlineCarriers.filesOnline(projects.project(project).carrier().id())) {
            return;
        }
        List<RequiredDocument> mandatory = of(step).stream().filter(RequiredDocument::mandatory).toList();
        if (mandatory.isEmpty()) {
            return;
        }
        Map<UUID, List<Document>> answers = answers(project);
        List<RequiredDocument> missing = mandatory.stream().filter(item -> !answers.containsKey(item.id())).toList();
        if (!missing.isEmpty()) {
            throw new MissingDocumentsException(stepLabel, missing);
        }
    }

    /** An expected document by its id, as a document's form names it. */
    Optional<RequiredDocument> item(String id) {
        try {
            return Optional.ofNullable(em.find(RequiredDocumentEntity.class, UUID.fromString(id)))
                    .map(RequiredDocumentEntity::toRequiredDocument);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The project's carrier, when the caller may see the project ({@link JpaProjects#seenBy}: the carrier named in the
     * query, the one rule of the project's reads): another carrier's project is answered as a missing one, so that
     * its id tells nothing.
     */
    UUID carrierSeenBy(ProjectId project, Caller caller) {
        return projects.seenBy(project, caller).orElseThrow(() -> new UnknownProjectException(project.toString()))
                .carrier().id();
    }

    private Map<UUID, List<Document>> answers(ProjectId project) {
        return em.createNamedQuery("DocumentEntity.answering", DocumentEntity.class)
                .setParameter("project", project.value()).getResultStream()
                .map(DocumentEntity::toDocument)
                .collect(Collectors.groupingBy(Document::requirement, LinkedHashMap::new, Collectors.toList()));
    }
}
