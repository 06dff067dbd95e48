package fr.normandie.ecoles.schools;

import fr.normandie.ecoles.kernel.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The carrying organisations, shared by their projects and schools. Everyone signed in reads them; the
 * Region's project officers ({@code staff}) alone create and edit them: every change takes the caller and
 * refuses another role ({@link CarrierEditForbiddenException}) before it writes.
 */
public interface Carriers {

    /** Every carrier with its contacts, by name. */
    List<Carrier> all();

    /** A carrier with its contacts, its projects and its schools. */
    Optional<CarrierFile> find(UUID id);

    /** @throws DuplicateCarrierException when a carrier of the same name ({@link CarrierName}) exists */
    Carrier create(Caller caller, CarrierForm form);

    /** @throws DuplicateCarrierException when the new name is another carrier's */
    Carrier edit(Caller caller, UUID id, CarrierForm form);

    CarrierContact addContact(Caller caller, UUID carrierId, ContactForm form);

    CarrierContact editContact(Caller caller, UUID carrierId, UUID contactId, ContactForm form);

    void removeContact(Caller caller, UUID carrierId, UUID contactId);
}
