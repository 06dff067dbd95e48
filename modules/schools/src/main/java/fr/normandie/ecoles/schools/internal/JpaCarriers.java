package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierChoice;
import fr.normandie.ecoles.schools.CarrierContact;
import fr.normandie.ecoles.schools.CarrierEditForbiddenException;
import fr.normandie.ecoles.schools.CarrierFile;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.CarrierName;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.ContactForm;
import fr.normandie.ecoles.schools.DuplicateCarrierException;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.UnknownCarrierException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import jakarta.validation.Validator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaCarriers implements Carriers {

    @Inject
    NewCarriers newCarriers;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    /** Two queries whatever the number of carriers: the carriers, then all their contacts. */
    @Override
    public List<Carrier> all() {
        List<CarrierEntity> carriers = em.createNamedQuery("CarrierEntity.all", CarrierEntity.class).getResultList();
        Map<UUID, List<CarrierContact>> contacts = contactsOf(carriers.stream().map(CarrierEntity::id).toList());
        return carriers.stream().map(c -> c.toCarrier(contacts.getOrDefault(c.id(), List.of()))).toList();
    }

    @Override
    public Optional<CarrierFile> find(UUID id) {
        return Optional.ofNullable(em.find(CarrierEntity.class, id)).map(carrier -> new CarrierFile(
                carrier.toCarrier(contactsOf(List.of(id)).getOrDefault(id, List.of())),
                em.createQuery("select new fr.normandie.ecoles.schools.CarrierFile$CarriedProject(p.id, p.name, "
                                + "p.departmentCode, p.status) from ProjectEntity p where p.carrier.id = :carrier "
                                + "order by p.registeredAt", CarrierFile.CarriedProject.class)
                        .setParameter("carrier", id).getResultList(),
                em.createQuery("select new fr.normandie.ecoles.schools.CarrierFile$CarriedSchool(s.id, s.name, "
                                + "s.departmentCode, s.openedOn) from SchoolEntity s where s.carrier.id = :carrier "
                                + "order by s.openedOn", CarrierFile.CarriedSchool.class)
                        .setParameter("carrier", id).getResultList()));
    }

    @Override
    @Transactional
    public Carrier create(Caller caller, CarrierForm form) {
        requireStaff(caller);
        Inputs.requireValid(validator, form);
        requireNameFree(form.name(), null);
        CarrierEntity carrier = new CarrierEntity(form);
        em.persist(carrier);
        return carrier.toCarrier(List.of());
    }

    @Override
    @Transactional
    public Carrier edit(Caller caller, UUID id, CarrierForm form) {
        requireStaff(caller);
        Inputs.requireValid(validator, form);
        CarrierEntity carrier = carrier(id);
        requireNameFree(form.name(), id);
        carrier.edit(form);
        return carrier.toCarrier(contactsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    @Override
    @Transactional
    public CarrierContact addContact(Caller caller, UUID carrierId, ContactForm form) {
        requireStaff(caller);
        Inputs.requireValid(validator, form);
        CarrierContactEntity contact = new CarrierContactEntity(carrier(carrierId), form);
        em.persist(contact);
        return contact.toContact();
    }

    @Override
    @Transactional
    public CarrierContact editContact(Caller caller, UUID carrierId, UUID contactId, ContactForm form) {
        requireStaff(caller);
        Inputs.requireValid(validator, form);
        CarrierContactEntity contact = contact(carrierId, contactId);
        contact.edit(form);
        return contact.toContact();
    }

    @Override
    @Transactional
    public void removeContact(Caller caller, UUID carrierId, UUID contactId) {
        requireStaff(caller);
        em.remove(contact(carrierId, contactId));
    }

    /**
     * The carrier a registration designates: the one of that id, or of that name (completed with the details
     * the registration gives), or a new one. Called inside the registration's transaction.
     * @throws UnknownCarrierException on {@code carrierId} when no carrier has that id
     */
    CarrierEntity carrierFor(CarrierChoice choice) {
        if (choice.id() != null) {
            return Optional.ofNullable(em.find(CarrierEntity.class, choice.id()))
                    .orElseThrow(() -> UnknownCarrierException.carrier("carrierId", choice.id()));
        }
        try {
            newCarriers.createIfAbsent(choice);
        } catch (PersistenceException | TransactionalException createdMeanwhile) {
            // another registration created a carrier of that name first: it is this one's too
        }
        CarrierEntity named = byName(choice.name()).orElseThrow();
        named.completeWith(choice);
        return named;
    }

    private Optional<CarrierEntity> byName(String name) {
        return em.createNamedQuery("CarrierEntity.byKey", CarrierEntity.class)
                .setParameter("key", CarrierName.key(name)).getResultList().stream().findFirst();
    }

    /** The unique key on the name stays the last word for two creations racing each other. */
    private void requireNameFree(String name, UUID except) {
        if (byName(name).filter(other -> !other.id().equals(except)).isPresent()) {
            throw new DuplicateCarrierException(name.strip());
        }
    }

    private Map<UUID, List<CarrierContact>> contactsOf(Collection<UUID> carriers) {
        if (carriers.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("CarrierContactEntity.ofCarriers", CarrierContactEntity.class)
                .setParameter("carriers", carriers).getResultList().stream()
                .collect(Collectors.groupingBy(CarrierContactEntity::carrierId,
                        Collectors.mapping(CarrierContactEntity::toContact, Collectors.toList())));
    }

    private CarrierEntity carrier(UUID id) {
        return Optional.ofNullable(em.find(CarrierEntity.class, id))
                .orElseThrow(() -> UnknownCarrierException.carrier(null, id));
    }

    private CarrierContactEntity contact(UUID carrierId, UUID contactId) {
        return Optional.ofNullable(em.find(CarrierContactEntity.class, contactId))
                .filter(contact -> contact.carrierId().equals(carrierId))
                .orElseThrow(() -> UnknownCarrierException.contact(contactId));
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.STAFF)) {
            throw new CarrierEditForbiddenException();
        }
    }
}
