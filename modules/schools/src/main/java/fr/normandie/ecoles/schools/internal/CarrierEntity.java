package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierChoice;
import fr.normandie.ecoles.schools.CarrierContact;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.CarrierName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.List;
import java.util.UUID;

/** A carrying organisation; its name key ({@link CarrierName}) is unique, so that one organisation is one row. */
@Entity
@Table(name = "carrier", schema = "schools")
@NamedQuery(name = "CarrierEntity.all", query = "select c from CarrierEntity c order by c.nameKey")
@NamedQuery(name = "CarrierEntity.byKey", query = "select c from CarrierEntity c where c.nameKey = :key")
public class CarrierEntity {

    @Id
    private UUID id;
    private String name;
    @Column(name = "name_key")
    private String nameKey;
    @Column(name = "legal_form")
    private String legalForm;
    private String siren;
    @Column(name = "non_profit")
    private Boolean nonProfit;
    private String address;
    @Version
    private long version;

    protected CarrierEntity() {
    }

    CarrierEntity(CarrierForm form) {
        this.id = UUID.randomUUID();
        edit(form);
    }

    /** A carrier first named by a registration, with the details it gave. */
    CarrierEntity(CarrierChoice named) {
        this(new CarrierForm(named.name(), named.legalForm(), named.siren(), named.nonProfit(), null));
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String nameKey() {
        return nameKey;
    }

    void edit(CarrierForm form) {
        this.name = form.name().strip();
        this.nameKey = CarrierName.key(form.name());
        this.legalForm = FreeText.optional(form.legalForm());
        this.siren = FreeText.optional(form.siren());
        this.nonProfit = form.nonProfit();
        this.address = FreeText.optional(form.address());
    }

    /**
     * A registration named this existing carrier: the details it gave fill those still unknown, never replace
     * known ones (editing a carrier is done on the carrier).
     */
    void completeWith(CarrierChoice named) {
        legalForm = legalForm == null ? FreeText.optional(named.legalForm()) : legalForm;
        siren = siren == null ? FreeText.optional(named.siren()) : siren;
        nonProfit = nonProfit == null ? named.nonProfit() : nonProfit;
    }

    Carrier toCarrier(List<CarrierContact> contacts) {
        return new Carrier(id, name, legalForm, siren, nonProfit, address, contacts);
    }

}
