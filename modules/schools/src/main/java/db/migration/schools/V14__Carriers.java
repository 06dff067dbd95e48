package db.migration.schools;

import fr.normandie.ecoles.schools.CarrierName;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Carriers become records of their own (issue 14): the free-text carrier of every project and school is
 * migrated into one {@code carrier} row per organisation, same-named carriers merged (the name compared
 * without case, accents or extra spaces: {@link CarrierName#key}), so that "Education et Formation", which
 * carries Petit-Quevilly and Évreux, is one record. A merged carrier keeps the first legal form, SIREN and
 * non-profit answer given by its projects, oldest registration first. Projects and schools then refer to it
 * by id and the text columns go. Java rather than SQL: ids are drawn here, portably on PostgreSQL and H2.
 */
public class V14__Carriers extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table carrier (id uuid primary key, name varchar(200) not null,"
                    + " name_key varchar(200) not null, legal_form varchar(100), siren varchar(9), non_profit boolean,"
                    + " address varchar(500), version bigint not null, constraint carrier_name_unique unique (name_key))");
            ddl.execute("create table carrier_contact (id uuid primary key, carrier_id uuid not null references carrier (id),"
                    + " name varchar(200) not null, role varchar(200), email varchar(254), phone varchar(30))");
            ddl.execute("create index carrier_contact_carrier on carrier_contact (carrier_id)");
            ddl.execute("alter table project add column carrier_id uuid");
            ddl.execute("alter table school add column carrier_id uuid");
        }
        Map<String, Carrier> carriers = new LinkedHashMap<>();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, carrier, carrier_legal_form, carrier_siren, carrier_non_profit"
                     + " from project order by registered_at, id")) {
            while (rows.next()) {
                String name = rows.getString(2);
                Carrier carrier = carriers.computeIfAbsent(CarrierName.key(name), key -> new Carrier(name));
                carrier.complete(rows.getString(3), rows.getString(4), (Boolean) rows.getObject(5));
                carrier.projects.add(rows.getObject(1, UUID.class));
            }
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("select id, carrier from school order by opened_on, id")) {
            while (rows.next()) {
                String name = rows.getString(2);
                carriers.computeIfAbsent(CarrierName.key(name), key -> new Carrier(name)).schools.add(rows.getObject(1, UUID.class));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into carrier (id, name, name_key, legal_form,"
                + " siren, non_profit, version) values (?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement project = connection.prepareStatement("update project set carrier_id = ? where id = ?");
             PreparedStatement school = connection.prepareStatement("update school set carrier_id = ? where id = ?")) {
            for (Map.Entry<String, Carrier> entry : carriers.entrySet()) {
                Carrier carrier = entry.getValue();
                insert.setObject(1, carrier.id);
                insert.setString(2, carrier.name);
                insert.setString(3, entry.getKey());
                insert.setString(4, carrier.legalForm);
                insert.setString(5, carrier.siren);
                insert.setObject(6, carrier.nonProfit);
                insert.executeUpdate();
                link(project, carrier.id, carrier.projects);
                link(school, carrier.id, carrier.schools);
            }
        }
        try (Statement ddl = connection.createStatement()) {
            for (String table : new String[] {"project", "school"}) {
                ddl.execute("alter table " + table + " alter column carrier_id set not null");
                ddl.execute("alter table " + table + " add constraint " + table + "_carrier foreign key (carrier_id)"
                        + " references carrier (id)");
                ddl.execute("create index " + table + "_carrier on " + table + " (carrier_id)");
                ddl.execute("alter table " + table + " drop column carrier");
            }
            for (String column : new String[] {"carrier_legal_form", "carrier_siren", "carrier_non_profit"}) {
                ddl.execute("alter table project drop column " + column);
            }
        }
    }

    private static void link(PreparedStatement update, UUID carrier, List<UUID> rows) throws SQLException {
        for (UUID row : rows) {
            update.setObject(1, carrier);
            update.setObject(2, row);
            update.executeUpdate();
        }
    }

    /** One carrier as the migration gathers it from the rows that name it. */
    private static final class Carrier {
        final UUID id = UUID.randomUUID();
        final String name;
        final List<UUID> projects = new ArrayList<>();
        final List<UUID> schools = new ArrayList<>();
        String legalForm;
        String siren;
        Boolean nonProfit;

        Carrier(String name) {
            this.name = name.strip();
        }

        void complete(String legalForm, String siren, Boolean nonProfit) {
            this.legalForm = this.legalForm == null ? legalForm : this.legalForm;
            this.siren = this.siren == null ? siren : this.siren;
            this.nonProfit = this.nonProfit == null ? nonProfit : this.nonProfit;
        }
    }
}
