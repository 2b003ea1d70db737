package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static fr.parlonsen.synthesis.MentionedMinutes.itemIds;
import static fr.parlonsen.synthesis.MentionedMinutes.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.RequiredTools;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * An answer with two ideas, through the API: a member of one group (its sources), a read-only mention of the
 * other ({@code alsoMentionedIn}, shaped like sources, outside the weight), which follows the statement a person
 * moves and goes away when it is moved into that group; the documents say it in one line.
 */
@QuarkusTest
class SynthesisMentionsApiTest {
    static final String C = "mentions-api";
    static final String EDITS = "mentions-edits";
    static final String DOCS = "mentions-documents";
    static MentionedMinutes.Said said;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (said == null) {
            said = MentionedMinutes.hold(C);
        }
    }

    @Test
    void an_answer_with_two_ideas_is_in_one_group_s_sources_and_mentioned_by_the_other() {
        JsonPath draft = MentionedMinutes.draft(C);
        List<Long> reached = new ArrayList<>();
        MentionedMinutes.items(draft).forEach(i -> reached.addAll(itemIds(i.get("sources"))));
        assertEquals(new HashSet<>(said.itemIds()), new HashSet<>(reached), "every statement reachable");
        assertEquals(reached.size(), new HashSet<>(reached).size(), "each statement in exactly one group's sources");

        List<Map<String, Object>> members = listing(draft, "sources", said.both());
        List<Map<String, Object>> mentioning = listing(draft, "alsoMentionedIn", said.both());
        assertEquals(1, members.size());
        assertEquals(1, mentioning.size(), () -> MentionedMinutes.items(draft).toString());
        Map<String, Object> other = mentioning.get(0);
        assertNotEquals(members.get(0).get("id"), other.get("id"));
        Map<?, ?> ref = (Map<?, ?>) ((List<?>) other.get("alsoMentionedIn")).get(0);
        assertEquals(java.util.Set.of("forumId", "itemId"), ref.keySet(), "shaped like a source");
        // the weight counts members only
        int sources = ((List<?>) other.get("sources")).size();
        assertEquals(sources, ((Number) other.get("statements")).intValue());
        assertEquals(sources, ((Number) other.get("weight")).intValue(), "one meeting per member here");
        // every item carries the field, empty when nothing else mentions it
        assertTrue(MentionedMinutes.items(draft).stream().allMatch(i -> i.get("alsoMentionedIn") instanceof List));

        // same input, same mentions
        JsonPath again = MentionedMinutes.draft(C);
        assertEquals(draft.getList("sections.items.alsoMentionedIn"), again.getList("sections.items.alsoMentionedIn"));
    }

    @Test
    void a_mention_survives_edits_and_rebuilds_and_leaves_when_its_statement_moves_into_the_group() {
        MentionedMinutes.Said said = MentionedMinutes.hold(EDITS); // a campaign of its own: this test moves statements
        JsonPath draft = MentionedMinutes.draft(EDITS);
        Object mentionedId = listing(draft, "alsoMentionedIn", said.both()).get(0).get("id");
        Object lightingId = listing(draft, "sources", said.lighting()).get(0).get("id");

        // a person moves the two-idea statement to the lighting group: still mentioned where it was
        JsonPath moved = move(EDITS, said.both(), lightingId);
        assertEquals(lightingId, listing(moved, "sources", said.both()).get(0).get("id"));
        assertEquals(List.of(mentionedId), listing(moved, "alsoMentionedIn", said.both()).stream().map(i -> i.get("id")).toList());
        JsonPath rebuilt = MentionedMinutes.draft(EDITS);
        assertEquals(lightingId, listing(rebuilt, "sources", said.both()).get(0).get("id"), "the move survives");
        assertTrue(listing(rebuilt, "alsoMentionedIn", said.both()).stream().anyMatch(i -> i.get("id").equals(mentionedId)),
                "the mention survives the rebuild");

        // moved into the group that mentions it: a member now, no longer a mention there
        JsonPath inside = move(EDITS, said.both(), mentionedId);
        assertEquals(mentionedId, listing(inside, "sources", said.both()).get(0).get("id"));
        assertFalse(listing(inside, "alsoMentionedIn", said.both()).stream().anyMatch(i -> i.get("id").equals(mentionedId)));
        JsonPath after = MentionedMinutes.draft(EDITS);
        assertFalse(listing(after, "alsoMentionedIn", said.both()).stream().anyMatch(i -> i.get("id").equals(mentionedId)));
        List<Long> reached = new ArrayList<>();
        MentionedMinutes.items(after).forEach(i -> reached.addAll(itemIds(i.get("sources"))));
        assertEquals(said.itemIds().size(), reached.size(), "each statement still in exactly one group");
    }

    @Test
    void a_put_that_sends_mentions_back_changes_nothing_of_them() {
        JsonPath draft = MentionedMinutes.draft(C);
        ExtractableResponse<Response> read = as("prefecture-02").get(MentionedMinutes.base(C)).then().statusCode(200).extract();
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : read.jsonPath().<Map<String, Object>>getList("sections[" + s + "].items")) {
                Map<String, Object> e = new LinkedHashMap<>(i);
                e.put("alsoMentionedIn", List.of()); // read-only: ignored
                items.add(e);
            }
            sections.add(Map.of("kind", read.jsonPath().getString("sections[" + s + "].kind"), "items", items));
        }
        JsonPath put = as("prefecture-02").contentType("application/json").header("If-Match", read.header("ETag"))
                .body(Map.of("sections", sections)).put(MentionedMinutes.base(C)).then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
        assertEquals(draft.getList("sections.items.alsoMentionedIn"), put.getList("sections.items.alsoMentionedIn"));
    }

    @Test
    void the_documents_say_in_one_line_that_a_group_is_also_raised_elsewhere() throws Exception {
        MentionedMinutes.hold(DOCS);
        MentionedMinutes.draft(DOCS);
        String line = "Aussi évoqué dans 1 contribution classée ailleurs.";
        byte[] pdf = as("prefecture-02").get(MentionedMinutes.base(DOCS) + ".pdf").then().statusCode(200).extract().asByteArray();
        String text = SynthesisDocumentsTest.convert(pdf, "pdf", List.of("pdftotext", "IN", "OUT"), "txt")
                .replaceAll("\\s+", " ");
        assertTrue(text.contains(line), text);
        assertEquals(1, text.split("Aussi évoqué dans 1", -1).length - 1, "one line, for the one group mentioned");
        assertTrue(text.contains("Une contribution qui exprime plusieurs idées est comptée une seule fois"),
                "the method says how statements with several ideas are counted");
        RequiredTools.require(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice absent");
        for (String format : List.of("docx", "odt")) {
            byte[] doc = as("prefecture-02").get(MentionedMinutes.base(DOCS) + "." + format).then().statusCode(200)
                    .extract().asByteArray();
            Path profile = Files.createTempDirectory("lo-profile");
            String flat = SynthesisDocumentsTest.convert(doc, format, List.of("soffice", "-env:UserInstallation="
                    + profile.toUri(), "--headless", "--convert-to", "txt:Text", "--outdir", "OUTDIR", "IN"), "txt")
                    .replaceAll("\\s+", " ");
            assertTrue(flat.contains(line), () -> format + ": " + flat);
        }
    }

    @Test
    void the_openapi_document_describes_the_read_only_mentions() {
        String doc = as("admin").get("/q/openapi").then().statusCode(200).extract().asString();
        int at = doc.indexOf("alsoMentionedIn");
        assertTrue(at > 0, "alsoMentionedIn in /q/openapi");
        String around = doc.substring(at, Math.min(doc.length(), at + 1200));
        assertTrue(around.contains("readOnly: true"), around);
        assertTrue(around.contains("jamais dans sources"), around);
    }

    /** PUT: the statement {@code itemId} moved from its group into the group {@code targetId}. */
    static JsonPath move(String campaign, long itemId, Object targetId) {
        ExtractableResponse<Response> read = as("prefecture-02").get(MentionedMinutes.base(campaign)).then().statusCode(200).extract();
        JsonPath view = read.jsonPath();
        Map<?, ?> movedRef = null;
        for (Map<String, Object> i : MentionedMinutes.items(view)) {
            for (Object r : (List<?>) i.get("sources")) {
                if (Long.valueOf(itemId).equals(((Number) ((Map<?, ?>) r).get("itemId")).longValue())) {
                    movedRef = (Map<?, ?>) r;
                }
            }
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (Map<String, Object> i : view.<Map<String, Object>>getList("sections[" + s + "].items")) {
                List<Object> sources = new ArrayList<>();
                for (Object r : (List<?>) i.get("sources")) {
                    if (((Number) ((Map<?, ?>) r).get("itemId")).longValue() != itemId) {
                        sources.add(r);
                    }
                }
                if (i.get("id").equals(targetId)) {
                    sources.add(movedRef);
                }
                if (sources.isEmpty()) {
                    continue; // the group of one statement moved away
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("id", i.get("id"));
                e.put("text", i.get("text"));
                e.put("topic", i.get("topic"));
                e.put("sources", sources);
                items.add(e);
            }
            sections.add(Map.of("kind", view.getString("sections[" + s + "].kind"), "items", items));
        }
        return as("prefecture-02").contentType("application/json").header("If-Match", read.header("ETag"))
                .body(Map.of("sections", sections)).put(MentionedMinutes.base(campaign)).then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
    }
}
