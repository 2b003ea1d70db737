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
        return login(username, Fixtures.PASSWORD);
    }

    /** The login form as a browser sends it: its CSRF cookie from /connexion, then the form with that token. */
    public static PageSession login(String username, String password) {
        PageSession s = new PageSession();
        s.get("/connexion");
        Response r = s.keep(s.spec().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", username).formParam("j_password", password).formParam("_csrf", s.csrf())
                .post("/j_security_check"));
        if (!r.getCookies().containsKey("parlonsen-session")) {
            throw new IllegalStateException("Connexion refusée pour " + username);
        }
        s.get("/gestion");
        return s;
    }

    /** No account; the first page opened (one with a form) gives the CSRF cookie. */
    public static PageSession anonymous(String firstPage) {
        PageSession s = new PageSession();
        s.get(firstPage);
        return s;
    }

    public String cookie(String name) {
        return cookies.get(name);
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
