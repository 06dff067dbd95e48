package fr.normandie.ecoles.app.web.carriers;

import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierForm;

import java.io.Serializable;

/** The fields of a carrier as the creation and edit forms hold them. */
public class CarrierFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String legalForm;
    private String siren;
    private Boolean nonProfit;
    private String address;

    /** The fields filled with a carrier's details, to edit them. */
    static CarrierFields of(Carrier carrier) {
        CarrierFields fields = new CarrierFields();
        fields.name = carrier.name();
        fields.legalForm = carrier.legalForm();
        fields.siren = carrier.siren();
        fields.nonProfit = carrier.nonProfit();
        fields.address = carrier.address();
        return fields;
    }

    CarrierForm toForm() {
        return new CarrierForm(name, legalForm, siren, nonProfit, address);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalForm() { return legalForm; }
    public void setLegalForm(String legalForm) { this.legalForm = legalForm; }
    public String getSiren() { return siren; }
    public void setSiren(String siren) { this.siren = siren; }
    public Boolean getNonProfit() { return nonProfit; }
    public void setNonProfit(Boolean nonProfit) { this.nonProfit = nonProfit; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
}
