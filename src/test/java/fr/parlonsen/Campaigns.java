package fr.parlonsen;

import static fr.parlonsen.Fixtures.as;

import java.util.LinkedHashMap;
import java.util.Map;

/** Campaigns of their own for the tests, created through the API as an admin would. */
public final class Campaigns {
    private Campaigns() {
    }

    /** A campaign with the themes and sub-topics of 2009 and its dates, under its own code (kept if it exists). */
    public static String like2009(String code, String dueOn) {
        return like2009(code, "Vos libertés, votre sécurité : parlons-en ensemble", dueOn);
    }

    public static String like2009(String code, String title, String dueOn) {
        Map<String, Object> c2009 = as("admin").get("/api/v1/campaigns").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(c -> "2009".equals(String.valueOf(c.get("code"))))
                .findFirst().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", title);
        body.put("startsOn", "2009-03-16");
        body.put("endsOn", "2009-05-18");
        body.put("synthesisDueOn", dueOn);
        body.put("themes", c2009.get("themes"));
        int status = as("admin").contentType("application/json").body(body).post("/api/v1/campaigns").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("campaign creation: " + status);
        }
        return code;
    }
}
