package fr.parlonsen.synthesis;

import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * Four forums whose proposals (one sub-topic) are about night patrols (3), burglaries (3) and street lighting (1),
 * and one proposal that raises both patrols and burglaries: the answer with two ideas.
 */
final class MentionedMinutes {
    static final String TOPIC = "proximite.presence";
    static final String BOTH = "Plus de patrouilles de police la nuit ; et agir contre les cambriolages";
    static final String LIGHTING = "Améliorer l'éclairage public des rues";

    /** Minutes item ids of every proposal, and of the two-idea one and the lighting one. */
    record Said(List<Long> itemIds, long both, long lighting) {
    }

    private MentionedMinutes() {
    }

    static Said hold(String campaign) {
        Meetings.campaignLike2009(campaign);
        List<List<String>> perForum = List.of(
                List.of("Plus de patrouilles de police la nuit", "Lutter contre les cambriolages dans les lotissements"),
                List.of("Des patrouilles de police plus fréquentes la nuit",
                        "Les cambriolages se multiplient : agir contre les cambriolages"),
                List.of("Renforcer les patrouilles de nuit de la police", "Prévenir les cambriolages des maisons"),
                List.of(LIGHTING, BOTH));
        List<Long> ids = new ArrayList<>();
        long both = -1;
        long lighting = -1;
        for (int f = 0; f < perForum.size(); f++) {
            long forum = Meetings.heldForum(campaign, "Forum " + (char) ('A' + f), String.format("02%02d", 3 + f));
            JsonPath minutes = Meetings.validatedMinutes(forum, 30, List.of(), List.of(), List.of(), perForum.get(f),
                    TOPIC);
            for (Map<String, Object> item : minutes.<Map<String, Object>>getList("proposals")) {
                long id = ((Number) item.get("id")).longValue();
                ids.add(id);
                both = BOTH.equals(item.get("text")) ? id : both;
                lighting = LIGHTING.equals(item.get("text")) ? id : lighting;
            }
        }
        assertEquals(8, ids.size());
        return new Said(ids, both, lighting);
    }

    static String base(String campaign) {
        return "/api/v1/campaigns/" + campaign + "/departments/02/synthesis";
    }

    static JsonPath draft(String campaign) {
        return as("prefecture-02").post(base(campaign) + "/draft").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }

    /** Every item of every section. */
    static List<Map<String, Object>> items(JsonPath synthesis) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            items.addAll(synthesis.<Map<String, Object>>getList("sections[" + s + "].items"));
        }
        return items;
    }

    /** Minutes item ids of a list of source refs ({forumId, itemId}). */
    static List<Long> itemIds(Object refs) {
        List<Long> out = new ArrayList<>();
        for (Object r : (List<?>) refs) {
            Object id = ((Map<?, ?>) r).get("itemId");
            if (id != null) {
                out.add(((Number) id).longValue());
            }
        }
        return out;
    }

    /** The items that list {@code itemId} in {@code field} ("sources" or "alsoMentionedIn"). */
    static List<Map<String, Object>> listing(JsonPath synthesis, String field, long itemId) {
        return items(synthesis).stream().filter(i -> i.get(field) != null && itemIds(i.get(field)).contains(itemId))
                .toList();
    }
}
