package fr.parlonsen;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.parlonsen.security.FormTokens;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * For tests of the public question API that are not about its token: every JSON question posted without a
 * {@code token} gets one, issued 10 s before (as a person who took time to write). Install it with
 * {@link #install} in a @BeforeEach and remove it with {@link #remove} in an @AfterEach.
 */
public final class QuestionTokens implements Filter {
    private final FormTokens tokens;

    private QuestionTokens(FormTokens tokens) {
        this.tokens = tokens;
    }

    public static void install(FormTokens tokens) {
        RestAssured.filters(new QuestionTokens(tokens));
    }

    public static void remove() {
        RestAssured.replaceFiltersWith(new java.util.ArrayList<>());
    }

    public String seasoned() {
        return tokens.issue(System.currentTimeMillis() - 10_000);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
        if ("POST".equals(req.getMethod()) && req.getURI().matches(".*/api/v1/public/.*/questions(\\?.*)?$")) {
            Object body = req.getBody();
            if (body instanceof Map<?, ?> m && !m.containsKey("token")) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) m);
                copy.put("token", seasoned());
                req.body(copy);
            } else if (body instanceof String s && s.strip().startsWith("{") && !s.contains("\"token\"")) {
                String rest = s.strip().substring(1).strip();
                req.body("{\"token\":\"" + seasoned() + "\"" + (rest.startsWith("}") ? "" : ",") + rest);
            }
        }
        return ctx.next(req, res);
    }
}
