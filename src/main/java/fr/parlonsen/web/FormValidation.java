package fr.parlonsen.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.parlonsen.kernel.Violation;

/**
 * Bean Validation of a form record inside a service (API and pages alike), with field names as the client wrote
 * them: {@code questions[2].text}, {@code attendance.total}.
 */
@ApplicationScoped
public class FormValidation {
    @Inject
    Validator validator;

    public <T> List<Violation> violations(T form) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(form)) {
            out.add(new Violation(v.getPropertyPath().toString().replace("<list element>", ""), v.getMessage()));
        }
        out.sort(Comparator.comparing(Violation::field));
        return out;
    }

    /** 422 with every violation, or nothing. */
    public <T> void check(T form) {
        List<Violation> out = violations(form);
        if (!out.isEmpty()) {
            throw new fr.parlonsen.kernel.DomainError.Invalid(out);
        }
    }
}
