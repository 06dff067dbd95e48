package fr.normandie.ecoles.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The request bodies of a project's life, filled in as an officer would: every field of each form. */
final class Forms {

    static final List<String> STEPS = List.of("territorial-backing", "opportunity-study", "insertion-commitment",
            "label-audit", "subsidy-decision", "opening");

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
        form.put("plannedOpening", LocalDate.now().plusMonths(6 + n % 30).toString());
        form.put("carrierLegalForm", "Association loi 1901");
        form.put("carrierNonProfit", true);
        form.put("carrierSiren", siren());
        form.put("diplomas", n % 2 == 0 ? List.of("CAP") : List.of("CAP", "BAC_PRO"));
        form.put("familyContribution", 450 + n % 300);
        return form;
    }

    static Map<String, Object> backing() {
        return Map.of("backers", List.of(
                Map.of("name", "Commune de L'Aigle", "kind", "COMMUNE", "siren", siren(),
                        "commitment", "Mise à disposition d'un atelier de 600 m² pour trois ans.",
                        "letterDate", LocalDate.now().minusDays(20).toString()),
                Map.of("name", "UIMM Normandie", "kind", "BRANCH", "siren", siren(),
                        "commitment", "Appui au recrutement des maîtres professionnels.",
                        "letterDate", LocalDate.now().minusDays(12).toString()),
                Map.of("name", "Usinage Ornais SA", "kind", "FIRM", "siren", siren(),
                        "commitment", "Commandes clients pour l'atelier.")), "sufficient", true);
    }

    static Map<String, Object> study() {
        return Map.of("conclusion", "FAVOURABLE", "partnerFirms", List.of("Usinage Ornais SA", "Mécaflers", "Fonderie du Perche"),
                "summary", "Douze entreprises du bassin recrutent des usineurs ; aucune formation équivalente à moins de 40 km.",
                "author", "Cabinet Territoires & Emploi", "studyDate", LocalDate.now().toString(),
                "recruitmentNeeds", "35 postes d'usineur par an sur le bassin d'emploi.",
                "outlets", "Emploi direct dans les entreprises partenaires, poursuite d'études en BAC PRO.",
                "conclusionReasons", "Besoin avéré, partenaires engagés, locaux disponibles.");
    }

    static Map<String, Object> insertion() {
        return Map.of("secured", true, "partnerFirms", List.of("Usinage Ornais SA", "Mécaflers"), "targetInsertionRate", 85,
                "commitments", List.of(Map.of("firm", "Usinage Ornais SA", "kind", "HIRE", "places", 4),
                        Map.of("firm", "Mécaflers", "kind", "APPRENTICESHIP", "places", 3)),
                "missionLocaleAgreement", true, "missionLocale", "Mission locale du Pays d'Argentan");
    }

    static Map<String, Object> audit(List<String> criteria) {
        List<Map<String, Object>> verdicts = criteria.stream().map(code -> Map.<String, Object>of("criterion", code,
                "verdict", "COMPLIANT", "comment", "Constaté lors de la visite.", "evidence", "Registre et visite de l'atelier.")).toList();
        return Map.of("outcome", "LABELLED", "auditedOn", LocalDate.now().minusDays(2).toString(),
                "site", "Atelier de l'école, zone artisanale", "auditors", List.of("Claire Martin", "Hugo Lefèvre"),
                "verdicts", verdicts, "findings", List.of(Map.of("severity", "OBSERVATION", "criterion", criteria.get(0),
                        "description", "Affichage des consignes de sécurité à compléter.", "actions", List.of())),
                "conclusion", "Audit mené sur une journée ; école conforme au référentiel.");
    }

    static Map<String, Object> subsidy(int year) {
        int investment = 80_000;
        int operating = 40_000;
        Map<String, Object> form = new HashMap<>();
        form.put("decision", "GRANTED");
        form.put("envelopeYear", year);
        form.put("votedOn", LocalDate.now().minusDays(1).toString());
        form.put("deliberation", "CP-" + year + "-11-042");
        form.put("investmentRequested", investment);
        form.put("investmentEligible", investment * 5 / 2);
        form.put("investmentGranted", investment);
        form.put("operatingRequested", operating);
        form.put("operatingEligible", operating * 4);
        form.put("operatingGranted", operating);
        return form;
    }

    static Map<String, Object> opening() {
        return Map.of("openedOn", LocalDate.now().toString(), "pupils", 12);
    }

    /** A SIREN number: eight random digits and their Luhn key. */
    static String siren() {
        int[] digits = new int[9];
        for (int i = 0; i < 8; i++) {
            digits[i] = ThreadLocalRandom.current().nextInt(10);
        }
        for (int key = 0; key < 10; key++) {
            digits[8] = key;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = digits[i] * (i % 2 == 1 ? 2 : 1);
                sum += d > 9 ? d - 9 : d;
            }
            if (sum % 10 == 0) {
                break;
            }
        }
        StringBuilder s = new StringBuilder();
        for (int d : digits) {
            s.append(d);
        }
        return s.toString();
    }
}
