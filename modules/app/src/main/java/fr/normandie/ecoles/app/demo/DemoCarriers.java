package fr.normandie.ecoles.app.demo;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.CarrierForm;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.ContactForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;
import java.util.Set;

/**
 * The carriers of the demonstration schools, created before the schools so that their registrations find
 * them by name. Education et Formation carries Petit-Quevilly and Évreux (Usin'Eure), as the 2019 minutes say;
 * the others keep the names the demonstration data always gave them. Each has one contact person: invented
 * (named "démonstration", e-mail at example.org, phone in the range ARCEP keeps for fiction).
 */
@ApplicationScoped
public class DemoCarriers {

    private static final Caller DEMO = new Caller("demo", Set.of(Role.STAFF));
    private static final String EDUCATION_ET_FORMATION = "Education et Formation";
    /** The schools Education et Formation carries, by their demonstration names. */
    private static final Set<String> OF_EDUCATION_ET_FORMATION =
            Set.of("École de production de Petit-Quevilly", "Usin'Eure");

    @Inject
    Carriers carriers;

    /** The carrier of a demonstration school, by the school's name. */
    public String carrierOf(String school) {
        return OF_EDUCATION_ET_FORMATION.contains(school) ? EDUCATION_ET_FORMATION : "Association " + school;
    }

    /** The carriers created, by name: the schools are registered against their ids. */
    private final Map<String, UUID> created = new java.util.HashMap<>();

    /** The id of the carrier of a demonstration school, created by {@link #load()}. */
    public UUID carrierIdOf(String school) {
        return created.get(carrierOf(school));
    }

    /** Creates the carriers of the demonstration schools, each with its contact. */
    public void load() {
        Map<String, String> carriersAndCommunes = Map.of(
                EDUCATION_ET_FORMATION, "Le Petit-Quevilly (76)",
                carrierOf("École d'usinage du Cotentin"), "Valognes (50)",
                carrierOf("École des Semeurs"), "Beaumesnil (27)",
                carrierOf("École de production de Caen"), "Caen (14)",
                carrierOf("École de production de Flers"), "Flers (61)");
        int contact = 0;
        for (Map.Entry<String, String> entry : carriersAndCommunes.entrySet()) {
            Carrier carrier = carriers.create(DEMO, new CarrierForm(entry.getKey(), "Association loi 1901", null, true,
                    "Adresse de démonstration, " + entry.getValue()));
            created.put(entry.getKey(), carrier.id());
            contact++;
            carriers.addContact(DEMO, carrier.id(), new ContactForm("Contact de démonstration " + contact,
                    "Direction (démonstration)", "contact" + contact + ".demo@example.org",
                    "01 99 00 00 0" + contact));
        }
    }
}
