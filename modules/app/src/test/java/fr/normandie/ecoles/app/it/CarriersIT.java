package fr.normandie.ecoles.app.it;

import io.restassured.path.json.JsonPath;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.normandie.ecoles.app.it.Api.AUDITOR;
import static fr.normandie.ecoles.app.it.Api.FUNDING;
import static fr.normandie.ecoles.app.it.Api.STAFF;
import static fr.normandie.ecoles.app.it.Api.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Carriers as records of their own (issue 14): their migration from free text, their API, and registration. */
class CarriersIT extends DeployedApplication {

    private static final String SCRATCH_SCHEMA = "carriers_migration_it";

    @Test
    void migratesTheFreeTextCarriersIntoOneRecordPerOrganisation() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
                System.getenv("DB_PASSWORD"))) {
            execute(db, "drop schema if exists " + SCRATCH_SCHEMA + " cascade");
            try {
                // Given the schools schema as it was before carriers were records, in a schema of this test's own
                Flyway.configure().dataSource(System.getenv("DB_URL"), System.getenv("DB_USER"),
                                System.getenv("DB_PASSWORD")).schemas(SCRATCH_SCHEMA).createSchemas(true)
                        .locations("classpath:db/migration/schools").target("13").load().migrate();
                execute(db, "set search_path to " + SCRATCH_SCHEMA);
                for (String commune : List.of("76540", "76498", "27229", "27049")) {
                    execute(db, "insert into commune (code, name, department_code, current) select '" + commune
                            + "', 'Commune " + commune + "', '" + commune.substring(0, 2) + "', true"
                            + " where not exists (select 1 from commune where code = '" + commune + "')");
                }
                execute(db, "insert into project (id, name, carrier, carrier_legal_form, carrier_non_profit,"
                        + " carrier_siren, department_code, commune_code, trades, capacity, planned_opening, status,"
                        + " registered_at, registered_by, version) values ('" + UUID.randomUUID() + "',"
                        + " 'Projet de Rouen', 'Education et Formation', 'Association loi 1901', true, '200035814',"
                        + " '76', '76540', 'Cuisine', 12, date '2027-09-01', 'IN_PROGRESS', now(), 'staff', 1)");
                school(db, "École de production de Petit-Quevilly", "Education et Formation", "76498");
                school(db, "Usin'Eure", "  Éducation et  formation ", "27229");
                school(db, "École des Semeurs", "Association École des Semeurs", "27049");

                // When the carriers' migration runs
                Flyway.configure().dataSource(System.getenv("DB_URL"), System.getenv("DB_USER"),
                                System.getenv("DB_PASSWORD")).schemas(SCRATCH_SCHEMA)
                        .locations("classpath:db/migration/schools").load().migrate();

                // Then the two schools and the project of Education et Formation share one record, with the project's details
                assertThat(rows(db, "select c.name || '|' || coalesce(c.siren, '-') || '|' || count(distinct s.id)"
                        + " || '|' || count(distinct p.id) from carrier c left join school s on s.carrier_id = c.id"
                        + " left join project p on p.carrier_id = c.id group by c.name, c.siren order by c.name"))
                        .containsExactly("Association École des Semeurs|-|1|0", "Education et Formation|200035814|2|1");
            } finally {
                execute(db, "drop schema if exists " + SCRATCH_SCHEMA + " cascade");
            }
        }
    }

    @Test
    void staffCreateAndEditACarrierAndItsContacts() {
        String id = create("Association Cotentin Formation " + UUID.randomUUID());

        api.as(STAFF).body(carrier("Association Cotentin Formation (modifiée) " + id, "200035814"))
                .put("api/carriers/" + id).then().statusCode(200).body("siren", equalTo("200035814"));
        String contact = api.as(STAFF).body(Map.of("name", "Claire Martin", "role", "Directrice",
                        "email", "claire.martin@example.org", "phone", "01 99 00 00 01"))
                .post("api/carriers/" + id + "/contacts").then().statusCode(201).extract().path("id");

        JsonPath file = api.as(VIEWER).get("api/carriers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(file.getString("carrier.name")).startsWith("Association Cotentin Formation (modifiée)");
        assertThat(file.getList("carrier.contacts.email")).containsExactly("claire.martin@example.org");
        api.as(STAFF).delete("api/carriers/" + id + "/contacts/" + contact).then().statusCode(204);
        api.as(AUDITOR).get("api/carriers/" + id).then().statusCode(200).body("carrier.contacts.size()", equalTo(0));
    }

    @Test
    void refusesAWrongSirenNamingTheFieldAndWritesNothing() {
        int before = carriers();
        api.as(STAFF).body(carrier("Association au SIREN faux " + UUID.randomUUID(), "200035815"))
                .post("api/carriers").then().statusCode(422).body("errors.field", equalTo(List.of("siren")));
        assertThat(carriers()).as("nothing created").isEqualTo(before);

        String id = create("Association au SIREN juste " + UUID.randomUUID());
        api.as(STAFF).body(carrier("Nom changé " + id, "12345678")).put("api/carriers/" + id)
                .then().statusCode(422).body("errors.field", equalTo(List.of("siren")));
        api.as(STAFF).body(Map.of("name", "Sans courriel valide", "email", "pas-une-adresse"))
                .post("api/carriers/" + id + "/contacts").then().statusCode(422)
                .body("errors.field", equalTo(List.of("email")));
        api.as(VIEWER).get("api/carriers/" + id).then().statusCode(200)
                .body("carrier.name", equalTo(nameOf(id))).body("carrier.contacts.size()", equalTo(0));
    }

    @Test
    void refusesEveryRoleButStaffAndWritesNothing() {
        String id = create("Association des refus " + UUID.randomUUID());
        int before = carriers();
        for (String other : List.of(VIEWER, AUDITOR, FUNDING)) {
            api.as(other).body(carrier("Association créée par " + other + " " + UUID.randomUUID(), null))
                    .post("api/carriers").then().statusCode(403);
            api.as(other).body(carrier("Renommée par " + other, null)).put("api/carriers/" + id).then().statusCode(403);
            api.as(other).body(Map.of("name", "Contact de " + other)).post("api/carriers/" + id + "/contacts")
                    .then().statusCode(403);
        }
        assertThat(carriers()).isEqualTo(before);
        api.as(VIEWER).get("api/carriers/" + id).then().body("carrier.name", equalTo(nameOf(id)))
                .body("carrier.contacts.size()", equalTo(0));
        api.as(STAFF).body(carrier(nameOf(id).toUpperCase(), null)).post("api/carriers").then().statusCode(409);
    }

    @Test
    void registersAProjectAgainstAnExistingCarrier() {
        String name = "Association Pays d'Auge " + UUID.randomUUID();
        String id = create(name);

        Map<String, Object> byId = new HashMap<>(Api.registration("École du Pays d'Auge " + UUID.randomUUID(),
                "14", "14118"));
        byId.remove("carrier");
        byId.put("carrierId", id);
        String project = api.as(STAFF).body(byId).post("api/projects").then().statusCode(201)
                .body("carrierId", equalTo(id)).body("carrier", equalTo(name)).extract().path("id");

        Map<String, Object> byName = new HashMap<>(Api.registration("École d'Auge bis " + UUID.randomUUID(), "14", "14118"));
        byName.put("carrier", " " + name.toLowerCase() + " ");
        api.as(STAFF).body(byName).post("api/projects").then().statusCode(201).body("carrierId", equalTo(id));

        JsonPath file = api.as(VIEWER).get("api/carriers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(file.getList("projects.id")).hasSize(2).contains(project);

        Map<String, Object> unknown = new HashMap<>(byId);
        unknown.put("carrierId", UUID.randomUUID().toString());
        api.as(STAFF).body(unknown).post("api/projects").then().statusCode(404);
        Map<String, Object> none = new HashMap<>(byId);
        none.remove("carrierId");
        api.as(STAFF).body(none).post("api/projects").then().statusCode(422)
                .body("errors.field", equalTo(List.of("carrier")));
    }

    @Test
    void aCarriersAccountActsForItsCarrierAloneAndIsKeptOutOfTheRegionsPagesAndApi() {
        String carrier = create("Association au compte " + UUID.randomUUID());
        String username = "porteur-" + UUID.randomUUID().toString().substring(0, 8);
        int accounts = api.admin().get("api/accounts").then().statusCode(200).extract().jsonPath().getList("$").size();

        // A carrier's account names an existing carrier and holds no other role: each mistake refused, nothing written
        api.admin().body(account(username, List.of("CARRIER"), null)).post("api/accounts").then().statusCode(422)
                .body("errors.field", equalTo(List.of("carrier")));
        api.admin().body(account(username, List.of("CARRIER", "STAFF"), carrier)).post("api/accounts").then()
                .statusCode(422).body("errors.field", equalTo(List.of("roles")));
        api.admin().body(account(username, List.of("STAFF"), carrier)).post("api/accounts").then().statusCode(422)
                .body("errors.field", equalTo(List.of("carrier")));
        api.admin().body(account(username, List.of("CARRIER"), UUID.randomUUID().toString())).post("api/accounts")
                .then().statusCode(422).body("errors.field", equalTo(List.of("carrier")));
        api.admin().body(account(username, List.of("CARRIER"), "pas-un-identifiant")).post("api/accounts").then()
                .statusCode(400);
        assertThat(api.admin().get("api/accounts").then().extract().jsonPath().getList("$")).hasSize(accounts);

        // Opened for its carrier, it is known but reads nothing of the Region's: its own projects and schools (none
        // here, CarrierPortalIT walks the rest)
        api.admin().body(account(username, List.of("CARRIER"), carrier)).post("api/accounts").then().statusCode(201);
        for (String path : List.of("api/projects", "api/schools")) {
            assertThat(api.as(username, Api.PASSWORD).get(path).then().statusCode(200).extract().jsonPath().getList("$"))
                    .as(path).isEmpty();
        }
        // (pages sign in through the form, not Basic: web.xml's same role lists keep them out of the pages)
        for (String path : List.of("api/carriers", "api/carriers/" + carrier,
                "api/dashboard", "api/closes/2024")) {
            assertThat(api.as(username, Api.PASSWORD).get(path).statusCode()).as(path).isEqualTo(403);
        }
        // its own tasks only (issue 16, submit): a carrier with no project has none
        assertThat(api.as(username, Api.PASSWORD).get("api/tasks").then().statusCode(200).extract().jsonPath()
                .getList("$")).isEmpty();
        api.as(username, Api.PASSWORD).body(carrier("Créée par un porteur " + UUID.randomUUID(), null))
                .post("api/carriers").then().statusCode(403);
    }

    private static Map<String, Object> account(String username, List<String> roles, String carrier) {
        Map<String, Object> account = new HashMap<>(Map.of("username", username, "password", Api.PASSWORD,
                "fullName", "Porteur de test", "roles", roles));
        if (carrier != null) {
            account.put("carrier", carrier);
        }
        return account;
    }

    private String create(String name) {
        return api.as(STAFF).body(carrier(name, null)).post("api/carriers").then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");
    }

    private String nameOf(String id) {
        return api.as(VIEWER).get("api/carriers/" + id).then().statusCode(200).extract().path("carrier.name");
    }

    private int carriers() {
        return api.as(VIEWER).get("api/carriers").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static Map<String, Object> carrier(String name, String siren) {
        Map<String, Object> carrier = new HashMap<>(Map.of("name", name, "legalForm", "Association loi 1901",
                "nonProfit", true, "address", "1 rue de l'Exemple, 14000 Caen"));
        if (siren != null) {
            carrier.put("siren", siren);
        }
        return carrier;
    }

    private static void school(Connection db, String name, String carrier, String commune) throws SQLException {
        execute(db, "insert into school (id, name, carrier, department_code, commune_code, trades, opened_on, capacity)"
                + " values ('" + UUID.randomUUID() + "', '" + name.replace("'", "''") + "', '" + carrier + "', '"
                + commune.substring(0, 2) + "', '" + commune + "', 'Métier', date '2020-09-01', 12)");
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }
}
