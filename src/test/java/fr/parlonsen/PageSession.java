package fr.parlonsen;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A browser-like session for page tests with REST Assured: form login, cookies kept, CSRF field added. */
public final class PageSession {
    private final Map<String, String> cookies = new HashMap<>();

    private PageSession() {
    }

    public static PageSession login(String username) {
        PageSession s = new PageSession();
        Response r = given().redirects().follow(false).formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check");
        if (!r.getCookies().containsKey("parlonsen-session")) {
            throw new IllegalStateException("Connexion refusée pour " + username);
        }
        s.cookies.putAll(r.getCookies());
        s.get("/gestion");
        return s;
    }

    /** No account; the first page opened (one with a form) gives the CSRF cookie. */
    public static PageSession anonymous(String firstPage) {
        PageSession s = new PageSession();
        s.get(firstPage);
        return s;
    }

    public String csrf() {
        return cookies.get("parlonsen-csrf");
    }

    public RequestSpecification spec() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        return keep(spec().get(path));
    }

    /** A form post with the CSRF field. */
    public Response post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf());
        return keep(spec().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(all).post(path));
    }

    public Response keep(Response r) {
        cookies.putAll(r.getCookies());
        return r;
    }
}
