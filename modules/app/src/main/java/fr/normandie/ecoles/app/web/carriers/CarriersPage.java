package fr.normandie.ecoles.app.web.carriers;

import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.Carriers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The carrying organisations, and the form with which a project officer creates one. */
@Named
@ViewScoped
public class CarriersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "carrier";

    @Inject
    Carriers carriers;

    @Inject
    CurrentUser user;

    private final CarrierFields fields = new CarrierFields();
    private List<Carrier> list;

    public List<Carrier> getList() {
        if (list == null) {
            list = carriers.all();
        }
        return list;
    }

    public String create() {
        return FormErrors.submit(FORM, () -> carriers.create(user.caller(), fields.toForm()))
                .map(created -> {
                    FormErrors.info(Texts.get("carriers.created", created.name()));
                    return "/carriers/view.xhtml?faces-redirect=true&id=" + created.id();
                }).orElse(null);
    }

    public CarrierFields getFields() {
        return fields;
    }

    /** The record the form's fields are checked against as they are typed. */
    public String getFormRecord() {
        return CarrierForm.class.getName();
    }
}
