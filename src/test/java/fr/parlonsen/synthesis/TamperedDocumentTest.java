package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Someone with the schema owner's account (or at the disk) alters the stored bytes of a transmitted document: the
 * download is refused with a clear problem, never served and never rebuilt; the other formats still download, and
 * once the operator restores the bytes the document is served again, byte-identical.
 */
@QuarkusTest
class TamperedDocumentTest {
    static final String C = "synthese-alteree";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";

    @Inject
    Fixtures fixtures;

    static Connection owner() throws SQLException {
        String user = System.getenv("PARLONSEN_DB_OWNER_USERNAME");
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if ("true".equals(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.assertNotNull(user, "deploy/test.sh gives the owner account");
        }
        Assumptions.assumeTrue(user != null && url != null, "run through deploy/test.sh (owner account)");
        return DriverManager.getConnection(url, user, System.getenv("PARLONSEN_DB_OWNER_PASSWORD"));
    }

    /** Runs {@code change} with the update triggers of synthesis_export out of the way, then puts them back. */
    static void behindTheTriggers(Connection c, String change, byte[] content, long id) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select trigger_name from "
                + "information_schema.triggers where trigger_schema = database() and event_object_table = "
                + "'synthesis_export'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show create trigger `" + name + "`")) {
                rs.next();
                definitions.add(rs.getString("SQL Original Statement"));
            }
            try (Statement st = c.createStatement()) {
                st.execute("drop trigger `" + name + "`");
            }
        }
        try (PreparedStatement ps = c.prepareStatement(change)) {
            ps.setBytes(1, content);
            ps.setLong(2, id);
            ps.executeUpdate();
        } finally {
            for (String definition : definitions) {
                try (Statement st = c.createStatement()) {
                    st.execute(definition);
                }
            }
        }
    }

    @Test
    void an_altered_transmitted_document_is_refused_not_served_nor_rebuilt_until_restored() throws Exception {
        fixtures.ensure();
        Meetings.campaignLike2009(C);
        Meetings.validatedMinutes(Meetings.heldForum(C, "Forum de Hirson", "0210"), 25,
                List.of("Quand les patrouilles reviendront-elles ?"), List.of("Une brigade réactive"),
                List.of("Des cambriolages en hausse"), List.of("Une réunion par trimestre"));
        as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
        as("prefecture-02").post(BASE + "/validate").then().statusCode(200);
        as("prefecture-02").post(BASE + "/transmit").then().statusCode(200);
        byte[] pdf = as("national").get(BASE + ".pdf?version=1").then().statusCode(200).extract().asByteArray();
        byte[] odt = as("national").get(BASE + ".odt?version=1").then().statusCode(200).extract().asByteArray();

        try (Connection c = owner()) {
            long id;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select s.id from synthesis s join "
                    + "campaign k on k.id = s.campaign_id where k.code = '" + C + "' and s.version = 1")) {
                rs.next();
                id = rs.getLong(1);
            }
            byte[] forged = pdf.clone();
            forged[forged.length / 2] ^= 1; // one bit, as a disk or a forger would
            behindTheTriggers(c, "update synthesis_export set content = ? where synthesis_id = ? and format = 'pdf'",
                    forged, id);

            byte[] refused = as("national").get(BASE + ".pdf?version=1").then().statusCode(503)
                    .contentType("application/problem+json").body(containsString("altéré"))
                    .extract().asByteArray();
            assertFalse(new String(refused, StandardCharsets.ISO_8859_1).contains("%PDF"), "no forged byte is served");
            // the same once more: it was not rebuilt meanwhile
            as("national").get(BASE + ".pdf?version=1").then().statusCode(503);
            assertArrayEquals(odt, as("national").get(BASE + ".odt?version=1").then().statusCode(200).extract()
                    .asByteArray(), "the other formats are untouched");

            behindTheTriggers(c, "update synthesis_export set content = ? where synthesis_id = ? and format = 'pdf'",
                    pdf, id); // the operator restores it from a backup
        }
        assertArrayEquals(pdf, as("national").get(BASE + ".pdf?version=1").then().statusCode(200).extract()
                .asByteArray(), "restored, it is served again byte-identical");
    }
}
