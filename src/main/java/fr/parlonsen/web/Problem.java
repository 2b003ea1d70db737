package fr.parlonsen.web;

import fr.parlonsen.kernel.Violation;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem details, as every API error is written. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance,
            List<Violation> violations) {
        return new Problem("about:blank", title, status, detail, instance, violations);
    }
}
