package fr.normandie.ecoles.app.notifications;

import fr.normandie.ecoles.app.http.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The mails' texts, with links on the address people use ({@code web.public-url}). */
@ApplicationScoped
class PublicMailTexts {

    @Produces
    MailTexts texts(PublicAddress address) {
        return new MailTexts(address.base());
    }
}
