package fr.normandie.ecoles.app.notifications;

import java.util.List;

/**
 * A person's notification settings: the address mails go to (none: no mail at all) and their choice for each
 * kind of notice (a kind left out keeps its current choice; at first, {@link Delivery#IMMEDIATE}).
 */
public record NotificationSettings(String email, List<KindDelivery> preferences) {
}
