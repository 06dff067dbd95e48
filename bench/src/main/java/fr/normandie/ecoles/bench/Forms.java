package fr.normandie.ecoles.bench;

import fr.normandie.ecoles.fixtures.StepForms;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of a project's life, filled in as an officer would: every field of each form. The steps'
 * bodies are the integration tests' own ({@link StepForms}); the registration is the benchmark's, numbered.
 */
final class Forms {

    static final List<String> STEPS = StepForms.OPENING;

    /** Communes of each department (code, department). */
    private static final List<String[]> COMMUNES = List.of(new String[] {"61214", "61"}, new String[] {"61169", "61"},
            new String[] {"50615", "50"}, new String[] {"14118", "14"}, new String[] {"14047", "14"},
            new String[] {"27229", "27"}, new String[] {"76540", "76"});
    private static final List<String> TRADES = List.of("Usinage", "Chaudronnerie", "Menuiserie", "Mécanique automobile",
            "Maintenance industrielle", "Cuisine", "Électricité");

    /** Names a school is registered under must be unique in its commune: this run's own mark keeps them apart from earlier runs'. */
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private Forms() {
    }

    static Map<String, Object> registration(int n) {
        String[] commune = COMMUNES.get(n % COMMUNES.size());
        Map<String, Object> form = new HashMap<>();
        form.put("name", "École de production n° " + n + "-" + RUN + " — " + TRADES.get(n % TRADES.size()));
        form.put("carrier", "Association pour l'école de production n° " + n);
        form.put("departmentCode", commune[1]);
        form.put("communeCode", commune[0]);
        form.put("trades", List.of(TRADES.get(n % TRADES.size()), TRADES.get((n + 3) % TRADES.size())));
        form.put("capacity", 12 + n % 37);
        form.put("plannedOpening", StepForms.today().plusMonths(6 + n % 30).toString());
        form.put("carrierLegalForm", "Association loi 1901");
        form.put("carrierNonProfit", true);
        form.put("carrierSiren", StepForms.siren());
        form.put("diplomas", n % 2 == 0 ? List.of("CAP") : List.of("CAP", "BAC_PRO"));
        form.put("familyContribution", 450 + n % 300);
        return form;
    }
}
