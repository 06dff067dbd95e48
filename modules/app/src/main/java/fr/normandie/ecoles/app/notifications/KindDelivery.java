package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.kernel.Notice;

/** A person's choice for one kind of notice. */
public record KindDelivery(Notice.Kind kind, Delivery delivery) {
}
