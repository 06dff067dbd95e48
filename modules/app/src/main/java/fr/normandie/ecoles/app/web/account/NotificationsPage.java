package fr.normandie.ecoles.app.web.account;

import fr.normandie.ecoles.app.notifications.Delivery;
import fr.normandie.ecoles.app.notifications.KindDelivery;
import fr.normandie.ecoles.app.notifications.MailTexts;
import fr.normandie.ecoles.app.notifications.NotificationPreferences;
import fr.normandie.ecoles.app.notifications.NotificationSettings;
import fr.normandie.ecoles.app.web.CurrentUser;
import fr.normandie.ecoles.app.web.FormErrors;
import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.kernel.Notice;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** "Mes notifications": the person's e-mail address and, for each kind of notice, when they receive it. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "settings";

    /** One kind of notice and the person's choice for it. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Notice.Kind kind;
        private final String label;
        private Delivery delivery;

        Choice(Notice.Kind kind, String label, Delivery delivery) {
            this.kind = kind;
            this.label = label;
            this.delivery = delivery;
        }

        public Notice.Kind getKind() { return kind; }
        public String getLabel() { return label; }
        public Delivery getDelivery() { return delivery; }
        public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    }

    @Inject
    NotificationPreferences preferences;

    @Inject
    CurrentUser user;

    private String email;
    private List<Choice> choices;

    @PostConstruct
    void load() {
        show(preferences.of(user.caller()));
    }

    public String save() {
        NotificationSettings typed = new NotificationSettings(email,
                choices.stream().map(c -> new KindDelivery(c.kind, c.delivery)).toList());
        return FormErrors.submit(FORM, () -> preferences.change(user.caller(), typed)).map(saved -> {
            FormErrors.info(Texts.get("notifications.saved"));
            return "/account/notifications.xhtml?faces-redirect=true";
        }).orElse(null);
    }

    private void show(NotificationSettings settings) {
        email = settings.email();
        choices = settings.preferences().stream()
                .map(p -> new Choice(p.kind(), MailTexts.kindLabel(p.kind()), p.delivery())).toList();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public List<Choice> getChoices() { return choices; }
}
