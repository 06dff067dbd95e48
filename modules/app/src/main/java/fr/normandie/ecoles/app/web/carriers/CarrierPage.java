package fr.normandie.ecoles.app.web.carriers;

import fr.normandie.ecoles.app.security.Invitation;
import fr.normandie.ecoles.app.security.Invitations;
import fr.normandie.ecoles.app.security.NewInvitation;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.NotFound;
import fr.normandie.ecoles.app.web.RequestedId;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.CarrierFile;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.ContactForm;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A carrier's page: its details, the projects and schools it carries, its contacts; for a project officer the
 * forms that edit the carrier and add or remove a contact. The carrier is named by the address ({@code ?id=}).
 */
@Named
@ViewScoped
public class CarrierPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String EDIT_FORM = "edit";
    static final String CONTACT_FORM = "contact";
    static final String INVITATION_FORM = "invitation";

    @Inject
    Carriers carriers;

    @Inject
    CurrentUser user;

    @Inject
    Invitations invitations;

    private UUID id;
    private CarrierFile file;
    private CarrierFields fields;
    private String contactName;
    private String contactRole;
    private String contactEmail;
    private String contactPhone;
    private String inviteeName;
    private String inviteeEmail;
    private List<Invitation> invited;

    @PostConstruct
    void open() {
        id = RequestedId.current().orElse(null);
        file = id == null ? null : carriers.find(id).orElse(null);
        if (file == null) {
            NotFound.answer();
            return;
        }
        fields = CarrierFields.of(file.carrier());
    }

    public String save() {
        return FormErrors.submit(EDIT_FORM, () -> carriers.edit(user.caller(), id, fields.toForm()))
                .map(saved -> {
                    FormErrors.info(Texts.get("carrier.saved", saved.name()));
                    return reload();
                }).orElse(null);
    }

    public String addContact() {
        return FormErrors.submit(CONTACT_FORM, () -> carriers.addContact(user.caller(), id,
                        new ContactForm(contactName, contactRole, contactEmail, contactPhone)))
                .map(added -> {
                    FormErrors.info(Texts.get("carrier.contactAdded", added.name()));
                    return reload();
                }).orElse(null);
    }

    public String removeContact(UUID contactId) {
        return FormErrors.submit(CONTACT_FORM, () -> {
            carriers.removeContact(user.caller(), id, contactId);
            return contactId;
        }).map(removed -> {
            FormErrors.info(Texts.get("carrier.contactRemoved"));
            return reload();
        }).orElse(null);
    }

    // carriers: invite (issue 16): the carrier's invitations, for project officers and administrators

    public String invite() {
        return FormErrors.submit(INVITATION_FORM, () -> invitations.invite(user.caller(), id,
                        new NewInvitation(inviteeName, inviteeEmail)))
                .map(made -> {
                    FormErrors.info(Texts.get("invitations.sent", made.email()));
                    return reload();
                }).orElse(null);
    }

    public String withdraw(UUID invitation) {
        return FormErrors.submit(INVITATION_FORM, () -> invitations.withdraw(user.caller(), id, invitation))
                .map(withdrawn -> {
                    FormErrors.info(Texts.get("invitations.withdrawn"));
                    return reload();
                }).orElse(null);
    }

    /** Whether the person may invite: project officers and administrators. */
    public boolean isInviting() {
        return user.isStaff() || user.isAdmin();
    }

    public List<Invitation> getInvitations() {
        if (invited == null) {
            invited = isInviting() ? invitations.of(user.caller(), id) : List.of();
        }
        return invited;
    }

    /** An invitation's state in French (with the account it opened, once accepted). */
    public String stateOf(Invitation invitation) {
        return Texts.get("invitations.state." + invitation.state(), invitation.username());
    }

    public String getInvitationRecord() {
        return NewInvitation.class.getName();
    }

    public String getInviteeName() { return inviteeName; }
    public void setInviteeName(String inviteeName) { this.inviteeName = inviteeName; }
    public String getInviteeEmail() { return inviteeEmail; }
    public void setInviteeEmail(String inviteeEmail) { this.inviteeEmail = inviteeEmail; }

    private String reload() {
        return "/carriers/view.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isFound() {
        return file != null;
    }

    public CarrierFile getFile() {
        return file;
    }

    public CarrierFields getFields() {
        return fields;
    }

    public String getFormRecord() {
        return CarrierForm.class.getName();
    }

    public String getContactRecord() {
        return ContactForm.class.getName();
    }

    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactRole() { return contactRole; }
    public void setContactRole(String contactRole) { this.contactRole = contactRole; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}
