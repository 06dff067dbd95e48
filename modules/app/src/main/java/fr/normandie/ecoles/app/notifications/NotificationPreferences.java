package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.security.Accounts;
import fr.normandie.ecoles.app.security.EmailAddress;
import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.FieldReason;
import fr.normandie.ecoles.kernel.Notice;
import fr.normandie.ecoles.kernel.Rejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each person chooses to receive, per kind of notice: at once (the default), in the daily digest, or
 * nothing; and the address it goes to. Every signed-in person changes their own.
 */
@ApplicationScoped
public class NotificationPreferences {

    @Inject
    NotificationTables tables;

    @Inject
    Accounts accounts;

    /** The caller's own settings, every kind listed in its order. */
    public NotificationSettings of(Caller caller) {
        Map<Notice.Kind, Delivery> chosen = choices(caller.name());
        return new NotificationSettings(accounts.email(caller.name()).orElse(null), Arrays.stream(Notice.Kind.values())
                .map(kind -> new KindDelivery(kind, chosen.get(kind))).toList());
    }

    /**
     * Changes the caller's own address and choices, all or nothing: a wrong address or choice is refused, field
     * by field, before anything is written.
     */
    @Transactional
    public NotificationSettings change(Caller caller, NotificationSettings settings) {
        List<FieldReason> reasons = new ArrayList<>();
        List<KindDelivery> preferences = settings.preferences() == null ? List.of() : settings.preferences();
        Set<Notice.Kind> seen = EnumSet.noneOf(Notice.Kind.class);
        for (int i = 0; i < preferences.size(); i++) {
            KindDelivery choice = preferences.get(i);
            String field = "preferences[" + i + "]";
            if (choice == null || choice.kind() == null) {
                reasons.add(new FieldReason(field + ".kind", "Indiquez le type de notification."));
            } else if (!seen.add(choice.kind())) {
                reasons.add(new FieldReason(field + ".kind", "Ce type de notification est indiqué deux fois."));
            }
            if (choice == null || choice.delivery() == null) {
                reasons.add(new FieldReason(field + ".delivery", "Choisissez : aussitôt, dans le résumé quotidien ou jamais."));
            }
        }
        try {
            EmailAddress.check(settings.email());
        } catch (Rejected wrongAddress) {
            reasons.addAll(wrongAddress.reasons());
        }
        if (!reasons.isEmpty()) {
            throw new Rejected(Rejected.Kind.INVALID, "Préférences de notification invalides", reasons);
        }
        accounts.changeEmail(caller, caller.name(), settings.email());
        for (KindDelivery choice : preferences) {
            tables.update("delete from notifications.preference where username = ? and kind = ?", caller.name(),
                    choice.kind().name());
            tables.update("insert into notifications.preference (username, kind, delivery) values (?, ?, ?)",
                    caller.name(), choice.kind().name(), choice.delivery().name());
        }
        return of(caller);
    }

    /** How the person wants to hear of the kind. */
    Delivery deliveryOf(String username, Notice.Kind kind) {
        return choices(username).get(kind);
    }

    private Map<Notice.Kind, Delivery> choices(String username) {
        Map<Notice.Kind, Delivery> chosen = new EnumMap<>(Notice.Kind.class);
        Arrays.stream(Notice.Kind.values()).forEach(kind -> chosen.put(kind, Delivery.IMMEDIATE));
        tables.query("select kind, delivery from notifications.preference where username = ?",
                row -> Map.entry(Notice.Kind.valueOf(row.getString(1)), Delivery.valueOf(row.getString(2))), username)
                .forEach(choice -> chosen.put(choice.getKey(), choice.getValue()));
        return chosen;
    }
}
