package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.schools.CarrierContact;
import fr.normandie.ecoles.schools.ContactForm;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person to contact at a carrier. */
@Entity
@Table(name = "carrier_contact", schema = "schools")
@NamedQuery(name = "CarrierContactEntity.ofCarriers", query =
        "select c from CarrierContactEntity c where c.carrier.id in :carriers order by c.name")
public class CarrierContactEntity {

    @Id
    private UUID id;
    /** A relation, so that the carrier is written first when both are new in one transaction. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "carrier_id")
    private CarrierEntity carrier;
    private String name;
    private String role;
    private String email;
    private String phone;

    protected CarrierContactEntity() {
    }

    CarrierContactEntity(CarrierEntity carrier, ContactForm form) {
        this.id = UUID.randomUUID();
        this.carrier = carrier;
        edit(form);
    }

    UUID carrierId() {
        return carrier.id();
    }

    void edit(ContactForm form) {
        this.name = form.name().strip();
        this.role = FreeText.optional(form.role());
        this.email = FreeText.optional(form.email());
        this.phone = FreeText.optional(form.phone());
    }

    CarrierContact toContact() {
        return new CarrierContact(id, name, role, email, phone);
    }
}
