package fr.parlonsen.web;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The CSRF token of this browser (double-submit cookie). Templates write it in every state-changing form
 * as {@code <input type="hidden" name="_csrf" value="{inject:csrf.token}">}.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {
    public static final String COOKIE = "parlonsen-csrf";
    public static final String FIELD = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;
    private boolean fresh;

    public String getToken() {
        if (token == null) {
            token = fromCookie();
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                fresh = true;
            }
        }
        return token;
    }

    /** A new random token (login rotates the browser's token). */
    public static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String getParameterName() {
        return FIELD;
    }

    public boolean isFresh() {
        return fresh;
    }

    public String fromCookie() {
        Cookie c = routing.request().getCookie(COOKIE);
        return c == null || c.getValue().isBlank() ? null : c.getValue();
    }
}
