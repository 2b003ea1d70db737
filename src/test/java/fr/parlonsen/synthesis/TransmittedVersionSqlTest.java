package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's own database account cannot change a transmitted version: every statement below, run with that
 * account (the datasource of the application), is refused, and the documents still download byte-identical.
 */
@QuarkusTest
class TransmittedVersionSqlTest {
    static final String C = "synthese-scellee";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";

    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource ds;

    long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    @Test
    void the_application_account_can_change_nothing_of_a_transmitted_version() throws Exception {
        fixtures.ensure();
        Meetings.campaignLike2009(C);
        Meetings.validatedMinutes(Meetings.heldForum(C, "Forum de Vervins", "0219"), 30,
                List.of("Quand la brigade sera-t-elle renforcée ?"), List.of("Des gendarmes à l'écoute"),
                List.of("Des délais d'intervention trop longs"), List.of("Une permanence en mairie"));
        as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
        as("prefecture-02").post(BASE + "/validate").then().statusCode(200);
        as("prefecture-02").post(BASE + "/transmit").then().statusCode(200);
        byte[] pdf = as("national").get(BASE + ".pdf?version=1").then().statusCode(200).extract().asByteArray();
        as("prefecture-02").post(BASE + "/draft").then().statusCode(200); // version 2, a draft

        List<String> accepted = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            String campaign = "(select id from campaign where code = '" + C + "')";
            long v1 = one(c, "select id from synthesis where campaign_id = " + campaign + " and version = 1");
            long v2 = one(c, "select id from synthesis where campaign_id = " + campaign + " and version = 2");
            long item1 = one(c, "select min(id) from synthesis_item where synthesis_id = " + v1);
            long item2 = one(c, "select min(id) from synthesis_item where synthesis_id = " + v2);
            long cited = one(c, "select min(ss.minutes_item_id) from synthesis_source ss join synthesis_item si "
                    + "on si.id = ss.item_id where si.synthesis_id = " + v1);
            String forged = "'" + "0".repeat(64) + "'";
            List<String> statements = List.of(
                    "update synthesis set status = 'draft' where id = " + v1,
                    "update synthesis set figures = null where id = " + v1,
                    "delete from synthesis where id = " + v1,
                    "insert into synthesis (campaign_id, scope, department, version, status) values (" + campaign
                            + ", 'department', '02', 99, 'transmitted')",
                    "update synthesis_item set text = 'falsifié' where synthesis_id = " + v1,
                    "delete from synthesis_item where synthesis_id = " + v1,
                    "insert into synthesis_item (synthesis_id, section, position, text) values (" + v1
                            + ", 'issues', 99, 'ajouté')",
                    "update synthesis_item set synthesis_id = " + v1 + " where id = " + item2,
                    "update synthesis_item set synthesis_id = " + v2 + " where id = " + item1,
                    "update synthesis_source set source_key = 'x' where item_id = " + item1,
                    "update synthesis_source set item_id = " + item1 + " where item_id = " + item2,
                    "update synthesis_source set item_id = " + item2 + " where item_id = " + item1,
                    "delete from synthesis_source where item_id = " + item1,
                    "insert into synthesis_source (item_id, source_key) values (" + item1 + ", 'forge:1')",
                    "insert into synthesis_mention (item_id, source_key) values (" + item1 + ", 'forge:1')",
                    "insert into synthesis_export (synthesis_id, format, sha256, content) values (" + v1 + ", 'csv', "
                            + "sha2('faux', 256), 'faux')",
                    "insert into synthesis_export (synthesis_id, format, sha256, content) values (" + v2 + ", 'pdf', "
                            + forged + ", 'faux')",
                    "update synthesis_export set content = 'faux' where synthesis_id = " + v1,
                    "update synthesis_export set sha256 = " + forged + " where synthesis_id = " + v1,
                    "delete from synthesis_export where synthesis_id = " + v1,
                    "truncate table synthesis_export",
                    "update synthesis_audit set detail = 'effacé' where synthesis_id = " + v1,
                    "delete from synthesis_audit where synthesis_id = " + v1,
                    "update minutes_item set text = 'réécrit' where id = " + cited,
                    "update minutes_item set superseded_at = null, text = concat(text, '!') where id = " + cited,
                    "delete from minutes_item where id = " + cited,
                    "update minutes_version set snapshot = '{}'",
                    "delete from minutes_version",
                    "update minutes_audit set reason = 'effacé'",
                    "delete from minutes_audit",
                    "drop trigger synthesis_export_frozen_delete",
                    "create trigger t_forge before insert on synthesis_export for each row set NEW.sha256 = NEW.sha256",
                    "alter table synthesis_export add column forged int",
                    "drop table synthesis_export",
                    "create table forged (id int)",
                    "grant all privileges on *.* to current_user()");
            for (String sql : statements) {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                    accepted.add(sql);
                } catch (SQLException refused) {
                    // refused, as it must be
                }
            }
        }
        assertEquals(List.of(), accepted, "statements the application account could run on a transmitted version");
        assertArrayEquals(pdf, as("national").get(BASE + ".pdf?version=1").then().statusCode(200).extract()
                .asByteArray(), "the transmitted document is unchanged");
    }
}
