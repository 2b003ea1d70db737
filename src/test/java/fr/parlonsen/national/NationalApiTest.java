package fr.parlonsen.national;

import fr.parlonsen.RequiredTools;
import static fr.parlonsen.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * National progress and synthesis through the API: Aisne and Isère transmit, Aisne then opens a version 2 that
 * stays a draft (and must not reach the national synthesis).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalApiTest {
    static final String C = "national-test";
    static final String N = "/api/v1/campaigns/" + C + "/national";
    static final String ONLY_IN_DRAFT = "Éclairer le parking du stade municipal de Chauny";
    static boolean ready;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (ready) {
            return;
        }
        Departments.campaignLike2009(C, "2009-05-22");
        Departments.validatedMinutes("02", Departments.heldForum(C, "02", "Forum de Laon", "0209"), 84,
                List.of("Pourquoi le commissariat ferme-t-il le dimanche ?"),
                List.of("Bonne coopération entre la police municipale et la gendarmerie"),
                List.of("Manque de présence policière la nuit dans le centre-ville"),
                List.of("Installer des caméras de vidéoprotection près de la gare"));
        Departments.validatedMinutes("02", Departments.heldForum(C, "02", "Forum de Soissons", "0216"), 61,
                List.of("Que faire contre les cambriolages dans les lotissements ?"),
                List.of("Les gendarmes sont très disponibles"),
                List.of("On ne voit jamais de policiers le soir en centre-ville"),
                List.of("Développer le dispositif voisins vigilants"));
        Departments.validatedMinutes("38", Departments.heldForum(C, "38", "Forum de Bourgoin-Jallieu", "3802"), 140,
                List.of("Comment déposer une pré-plainte en ligne ?"),
                List.of("Les policiers municipaux connaissent bien le quartier"),
                List.of("Manque de présence policière la nuit au centre-ville"),
                List.of("Développer le dispositif voisins vigilants dans les villages"));
        assertEquals(1, Departments.transmit(C, "02"));
        assertEquals(1, Departments.transmit(C, "38"));
        // Aisne goes on: a new meeting, a version 2 drafted and validated but not transmitted
        Departments.validatedMinutes("02", Departments.heldForum(C, "02", "Forum de Chauny", "0204"), 33,
                List.of(), List.of(), List.of(), List.of(ONLY_IN_DRAFT));
        as("prefecture-02").post(Departments.synthesisPath(C, "02") + "/draft").then().statusCode(200)
                .body("version", equalTo(2));
        as("prefecture-02").post(Departments.synthesisPath(C, "02") + "/validate").then().statusCode(200);
        ready = true;
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String dep) {
        return rows.stream().filter(r -> dep.equals(r.get("department"))).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void progress_lists_the_101_departements_with_their_figures() {
        List<Map<String, Object>> rows = as("national").get(N + "/progress").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertEquals(101, rows.size());
        JsonPath p = as("national").get(N + "/progress").jsonPath();
        assertEquals("Aisne", p.getString("find { it.department == '02' }.name"));
        assertEquals(3, p.getInt("find { it.department == '02' }.forums.planned"));
        assertEquals(3, p.getInt("find { it.department == '02' }.forums.held"));
        assertEquals(3, p.getInt("find { it.department == '02' }.minutes.validated"));
        assertEquals("validated", p.getString("find { it.department == '02' }.synthesis.status"));
        assertEquals(2, p.getInt("find { it.department == '02' }.synthesis.version"));
        assertEquals(1, p.getInt("find { it.department == '02' }.synthesis.transmittedVersion"));
        assertEquals("2009-05-22", p.getString("find { it.department == '02' }.synthesis.dueOn"));
        assertNotNull(p.getString("find { it.department == '02' }.synthesis.transmittedAt"));
        // transmitted today, long after 22 May 2009
        assertTrue(p.getBoolean("find { it.department == '02' }.synthesis.late"));
        assertEquals("transmitted-late", p.getString("find { it.department == '02' }.synthesis.lateReason"));
        assertEquals("TRANSMITTED", p.getString("find { it.department == '02' }.state"));
        assertTrue(p.getInt("find { it.department == '02' }.coverage.communesTotal") > 700);
        assertTrue(p.getInt("find { it.department == '02' }.coverage.communesCovered") > 0);
        assertEquals(1, p.getInt("find { it.department == '38' }.forums.held"));
        assertEquals("none", p.getString("find { it.department == '75' }.synthesis.status"));
        assertEquals("not-transmitted", p.getString("find { it.department == '75' }.synthesis.lateReason"));
        assertEquals("LATE", p.getString("find { it.department == '75' }.state"));
        assertEquals(0, p.getInt("find { it.department == '75' }.forums.planned"));
        assertTrue(rows.stream().anyMatch(r -> "976".equals(r.get("department"))), "DROM included");

        // as of a date before the due date nobody is late, and Paris has not started
        JsonPath before = as("national").get(N + "/progress?asOf=2009-05-01").jsonPath();
        assertFalse(before.getBoolean("find { it.department == '75' }.synthesis.late"));
        assertEquals("NOT_STARTED", before.getString("find { it.department == '75' }.state"));

        // filters
        String region = p.getString("find { it.department == '02' }.region");
        List<String> inRegion = as("national").get(N + "/progress?region=" + region).jsonPath().getList("department");
        assertTrue(inRegion.contains("02") && !inRegion.contains("38"), inRegion.toString());
        assertEquals(List.of("38"), as("national").get(N + "/progress?status=transmitted").jsonPath().getList("department"));
        List<String> late = as("national").get(N + "/progress?late=true&asOf=2009-05-01").jsonPath().getList("department");
        assertEquals(Set.of("02", "38"), new HashSet<>(late), "only the late transmissions, before the due date");
        as("national").get(N + "/progress?asOf=hier").then().statusCode(422);
    }

    @Test
    @Order(2)
    void progress_csv_has_a_bom_semicolons_and_a_line_per_departement() {
        byte[] csv = as("admin").get(N + "/progress.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertEquals(102, lines.size());
        assertTrue(lines.get(0).contains("Département;Nom;Région"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("02;Aisne;")), lines.get(2));
    }

    static JsonPath nationalDraft() {
        return as("national").post(N + "/synthesis/draft").then().log().ifValidationFails().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    @Order(3)
    void national_synthesis_is_built_from_transmitted_versions_only_and_traceable() {
        JsonPath s = nationalDraft();
        List<Map<String, Object>> items = s.getList("sections.items.flatten()");
        assertFalse(items.isEmpty());
        String all = items.stream().map(i -> (String) i.get("text")).collect(Collectors.joining("\n"));
        assertFalse(all.contains(ONLY_IN_DRAFT), "version 2 of Aisne is not transmitted");

        // every source is an item of the transmitted version 1 of 02 or 38, and leads to a forum's item or a question
        Map<String, Set<Long>> transmittedItems = Map.of(
                "02", departmentalItemIds("02", 1), "38", departmentalItemIds("38", 1));
        Set<Long> reached = new HashSet<>();
        for (Map<String, Object> i : items) {
            List<Map<String, Object>> sources = (List<Map<String, Object>>) i.get("sources");
            assertFalse(sources.isEmpty(), "item without source: " + i.get("text"));
            for (Map<String, Object> src : sources) {
                String dep = (String) src.get("department");
                long id = ((Number) src.get("synthesisItemId")).longValue();
                assertTrue(transmittedItems.get(dep).contains(id), "source " + src + " not in transmitted " + dep);
                assertTrue(src.get("itemId") != null || src.get("questionId") != null, src.toString());
                reached.add(id);
            }
            assertEquals(((List<?>) i.get("departmentCodes")).size(), ((Number) i.get("departments")).intValue());
            // second ideas are mentions, read-only, never sources
            List<Map<String, Object>> mentions = (List<Map<String, Object>>) i.get("alsoMentionedIn");
            assertTrue(mentions != null, "alsoMentionedIn on every national item");
            for (Map<String, Object> m : mentions) {
                assertFalse(sources.stream().anyMatch(src -> src.get("synthesisItemId").equals(m.get("synthesisItemId"))),
                        "a mention is not a source of its own item: " + m);
            }
        }
        Set<Long> expected = new HashSet<>(transmittedItems.get("02"));
        expected.addAll(transmittedItems.get("38"));
        assertEquals(expected, reached, "every transmitted departmental item reaches the national synthesis");

        // the same weakness in both départements makes one national item from two départements
        Map<String, Object> night = items.stream()
                .filter(i -> ((List<?>) i.get("departmentCodes")).containsAll(List.of("02", "38"))).findFirst()
                .orElseThrow(() -> new AssertionError("no item grouped across départements: " + all));
        assertEquals(2, ((Number) night.get("departments")).intValue());
        assertTrue(((Number) night.get("meetings")).intValue() >= 2);
        assertTrue(((Number) night.get("weight")).intValue() >= 2);
    }

    static Set<Long> departmentalItemIds(String dep, int version) {
        List<Number> ids = as("national").get(Departments.synthesisPath(C, dep) + "?version=" + version).then()
                .statusCode(200).extract().jsonPath().getList("sections.items.flatten().findAll { !it.deleted }.id");
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    @Test
    @Order(4)
    void figures_roll_up_the_departmental_ones() {
        JsonPath s = as("national").get(N + "/synthesis").then().statusCode(200).extract().jsonPath();
        assertEquals(2, s.getInt("figures.departments"));
        assertEquals(101, s.getInt("figures.departmentsTotal"));
        for (String f : List.of("forums", "held", "participants", "questions", "minutesItems", "coverage.communesTotal",
                "coverage.communesCovered")) {
            int sum = 0;
            for (String dep : List.of("02", "38")) {
                sum += as("national").get(Departments.synthesisPath(C, dep) + "?version=1").jsonPath()
                        .getInt("figures." + f);
            }
            assertEquals(sum, s.getInt("figures." + f), f);
        }
        assertEquals(84 + 61 + 140, s.getInt("figures.participants"));
        assertEquals(List.of("02", "38"), s.getList("figures.byDepartment.department"));
    }

    @Test
    @Order(5)
    void edits_need_if_match_and_survive_a_rebuild() {
        var r = as("national").get(N + "/synthesis").then().statusCode(200).extract();
        String etag = r.header("ETag");
        Map<String, Object> body = editBody(r.jsonPath(), "Renforcer les patrouilles de nuit dans les centres-villes");
        as("national").contentType("application/json").body(body).put(N + "/synthesis").then().statusCode(428);
        as("national").contentType("application/json").header("If-Match", "\"999\"").body(body).put(N + "/synthesis")
                .then().statusCode(412);
        as("national").contentType("application/json").header("If-Match", etag).body(body).put(N + "/synthesis")
                .then().log().ifValidationFails().statusCode(200);
        // the same revision again: an edit of the items moved the ETag, so the first edit is not lost
        as("national").contentType("application/json").header("If-Match", etag).body(body).put(N + "/synthesis")
                .then().statusCode(412);
        for (int pair = 0; pair < 10; pair++) {
            var read = as("national").get(N + "/synthesis").then().statusCode(200).extract();
            String tag = read.header("ETag");
            Map<String, Object> same = editBody(read.jsonPath(), "Renforcer les patrouilles de nuit dans les centres-villes");
            var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> as("national").contentType("application/json")
                    .header("If-Match", tag).body(same).put(N + "/synthesis").statusCode());
            var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> as("national").contentType("application/json")
                    .header("If-Match", tag).body(same).put(N + "/synthesis").statusCode());
            List<Integer> statuses = new java.util.ArrayList<>(List.of(a.join(), b.join()));
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses, "concurrent pair " + pair);
        }
        JsonPath rebuilt = nationalDraft();
        List<Map<String, Object>> items = rebuilt.getList("sections.items.flatten()");
        Map<String, Object> edited = items.stream()
                .filter(i -> "Renforcer les patrouilles de nuit dans les centres-villes".equals(i.get("text")))
                .findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, edited.get("edited"));
    }

    /** The current sections with the first weakness rewritten. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> editBody(JsonPath s, String newText) {
        List<Map<String, Object>> sections = s.getList("sections");
        boolean done = false;
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Map<String, Object> sec : sections) {
            List<Map<String, Object>> items = new java.util.ArrayList<>();
            for (Map<String, Object> i : (List<Map<String, Object>>) sec.get("items")) {
                Map<String, Object> item = new java.util.LinkedHashMap<>();
                item.put("id", i.get("id"));
                boolean rewrite = !done && "weaknesses".equals(sec.get("kind"))
                        && ((List<?>) i.get("departmentCodes")).size() == 2;
                item.put("text", rewrite ? newText : i.get("text"));
                done |= rewrite;
                item.put("topic", i.get("topic"));
                item.put("sources", i.get("sources"));
                items.add(item);
            }
            out.add(Map.of("kind", sec.get("kind"), "items", items));
        }
        assertTrue(done);
        return Map.of("sections", out);
    }

    @Test
    @Order(6)
    void scoping_national_reads_everything_others_are_refused() {
        as("national").get(Departments.synthesisPath(C, "38")).then().statusCode(200);
        as("national").get(Departments.synthesisPath(C, "02")).then().statusCode(200);
        as("prefecture-02").get(Departments.synthesisPath(C, "38")).then().statusCode(403);
        as("prefecture-02").get(Departments.synthesisPath(C, "38") + ".pdf").then().statusCode(403);
        for (String user : List.of("prefecture-02", "sous-prefet-38", "animateur-02", "moderateur-38")) {
            as(user).get(N + "/progress").then().statusCode(403);
            as(user).get(N + "/progress.csv").then().statusCode(403);
            as(user).get(N + "/synthesis").then().statusCode(403);
            as(user).get(N + "/synthesis.pdf").then().statusCode(403);
            as(user).post(N + "/synthesis/draft").then().statusCode(403);
            as(user).contentType("application/json").header("If-Match", "0").body(Map.of("sections", List.of()))
                    .put(N + "/synthesis").then().statusCode(403);
        }
        for (String path : List.of("/progress", "/progress.csv", "/synthesis", "/synthesis.pdf", "/synthesis.odt")) {
            given().get(N + path).then().statusCode(401);
        }
        given().post(N + "/synthesis/draft").then().statusCode(401);
        as("admin").get(N + "/progress").then().statusCode(200);
        as("national").get("/api/v1/campaigns/inconnue/national/progress").then().statusCode(404);
        as("national").get(N + "/progress").then().contentType("application/json");
    }

    @Test
    @Order(7)
    void documents_contain_every_national_item() throws Exception {
        JsonPath s = as("national").get(N + "/synthesis").then().statusCode(200).extract().jsonPath();
        List<String> texts = s.getList("sections.items.flatten().findAll { !it.deleted }.text");
        assertFalse(texts.isEmpty());
        Path dir = Files.createTempDirectory("national-docs");
        byte[] pdf = as("national").get(N + "/synthesis.pdf").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        Path pdfFile = Files.write(dir.resolve("synthese-nationale.pdf"), pdf);
        String pdfText = Docs.pdftotext(pdfFile);
        Docs.assertContainsAll(pdfText, texts, "PDF");
        Docs.assertContainsAll(pdfText, List.of("MINISTÈRE", "DE L'INTÉRIEUR", "Liberté", "Sommaire",
                "Aisne — Forum de Laon, ", "Annexe 1 — Les départements et leur synthèse", "Isère",
                "Appréciation de la délégation", "Avancement des départements"), "PDF");
        assertFalse(pdfText.contains("élément ["), "no database id cited");
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "synthese-nationale-api.pdf"), pdf);
        fr.parlonsen.export.PdfChecks.assertPdfAAndUa(pdf);
        RequiredTools.require(Docs.sofficeAvailable(), "LibreOffice (/usr/bin/soffice) absent");
        for (String format : List.of("docx", "odt")) {
            byte[] bytes = as("national").get(N + "/synthesis." + format).then().statusCode(200).extract().asByteArray();
            Path file = Files.write(dir.resolve("synthese-nationale." + format), bytes);
            Docs.assertContainsAll(Docs.soffice(file), texts, format.toUpperCase());
        }
    }
}
