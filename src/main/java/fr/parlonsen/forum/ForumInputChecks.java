package fr.parlonsen.forum;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.parlonsen.forum.Catchments.Expansion;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.InviteeInput;
import fr.parlonsen.forum.ForumForms.VenueInput;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.Text;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.security.AppUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * The checks of a forum's input (dates, venue commune, catchment, facilitators), all at once, and how checked input
 * is written onto a forum. Used by {@link ForumService} on create and replace.
 */
@ApplicationScoped
class ForumInputChecks {
    @Inject
    Validator validator;
    @Inject
    TerritoryQueries territory;
    @Inject
    Catchments catchments;

    record Checked(LocalDateTime startsAt, LocalDateTime endsAt, Expansion expansion, List<String> facilitators) {
    }

    /** Every check of a forum's input, all at once: 422 with each field's French message, nothing saved. */
    Checked validate(String department, ForumInput form, List<Violation> reading) {
        if (form == null) {
            throw new Invalid("body", "Le corps de la requête est obligatoire.");
        }
        List<Violation> violations = beanViolations(form);
        // a page field that could not be read says why itself: no second, generic message on it
        Set<String> read = new java.util.HashSet<>();
        reading.forEach(v -> read.add(v.field()));
        violations.removeIf(v -> read.contains(v.field()));
        violations.addAll(reading);
        LocalDateTime start = parseDateTime("startsAt", form.startsAt(), violations);
        LocalDateTime end = parseDateTime("endsAt", form.endsAt(), violations);
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new Violation("endsAt", "La fin doit être postérieure au début."));
        }
        VenueInput venue = form.venue();
        if (venue != null && venue.communeCode() != null && venue.communeCode().matches("[0-9][0-9AB][0-9]{3}")) {
            java.util.Optional<String> dep = territory.departmentOfCommune(venue.communeCode());
            if (dep.isEmpty()) {
                violations.add(new Violation("venue.communeCode", "Commune inconnue : « " + venue.communeCode() + " »."));
            } else if (!department.equals(dep.get())) {
                violations.add(new Violation("venue.communeCode",
                        "La commune du lieu doit être dans le département " + department + "."));
            }
        }
        Expansion expansion = catchments.expand(department, form.catchment(), violations);
        List<String> facilitators = new ArrayList<>(new LinkedHashSet<>(form.facilitatorList()));
        for (String username : facilitators) {
            if (username == null || username.isBlank()) {
                continue;
            }
            boolean ok = AppUser.findByUsername(username).filter(u -> u.enabled && department.equals(u.department)
                    && u.roleSet().contains(Role.FACILITATOR)).isPresent();
            if (!ok) {
                violations.add(new Violation("facilitators",
                        "« " + username + " » n'est pas un animateur du département " + department + "."));
            }
        }
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparingInt((Violation v) -> formOrder(v.field())).thenComparing(Violation::field));
            throw new Invalid(violations);
        }
        return new Checked(start, end, expansion, facilitators);
    }

    private static final List<String> FORM_ORDER = List.of("title", "startsAt", "endsAt", "venue", "catchment",
            "facilitators", "invitees");

    /** Errors are listed in the order of the form's fields, as the error summary shows them. */
    static int formOrder(String field) {
        for (int i = 0; i < FORM_ORDER.size(); i++) {
            if (field.startsWith(FORM_ORDER.get(i))) {
                return i;
            }
        }
        return FORM_ORDER.size();
    }

    List<Violation> beanViolations(Object form) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            out.add(new Violation(v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""), v.getMessage()));
        }
        return out;
    }

    /** "2009-03-16T18:30", "2009-03-16T18:30:00" (Paris time) or with an offset "2009-03-16T18:30:00+01:00". */
    static LocalDateTime parseDateTime(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Optional<LocalDateTime> read = Text.parisDateTime(t);
        if (read.isEmpty()) {
            violations.add(new Violation(field, "Date et heure invalides : « " + t + " » (attendu : 2009-03-16T18:30)."));
            return null;
        }
        return read.get().truncatedTo(ChronoUnit.MINUTES);
    }

    /** Writes checked input onto the forum (invitees kept by name and address, so their sending dates stay). */
    void apply(Forum f, ForumInput form, Checked checked) {
        f.title = form.title().strip();
        f.startsAt = checked.startsAt();
        f.endsAt = checked.endsAt();
        VenueInput v = form.venue();
        f.venueName = v.name().strip();
        f.venueAddress = blankToNull(v.address());
        f.venueCommune = v.communeCode();
        f.venueCapacity = v.capacity();
        f.venueAccessible = v.accessible();
        f.venueAccess = blankToNull(v.access());
        Expansion e = checked.expansion();
        f.catchmentKind = e.kind().code;
        replace(f.catchment, e.codes());
        replace(f.communes, e.communes());
        replace(f.arrondissements, e.arrondissements());
        replace(f.facilitators, checked.facilitators());
        Map<String, Invitee> existing = new HashMap<>();
        f.invitees.forEach(i -> existing.put(inviteeKey(i.name, i.email), i));
        List<Invitee> next = new ArrayList<>();
        int position = 0;
        for (InviteeInput in : form.inviteeList()) {
            Invitee i = existing.remove(inviteeKey(in.name(), in.email()));
            if (i == null) {
                i = new Invitee();
                i.forum = f;
            }
            i.position = ++position;
            i.name = in.name().strip();
            i.role = in.role();
            i.organisation = blankToNull(in.organisation());
            i.email = blankToNull(in.email());
            next.add(i);
        }
        f.invitees.clear();
        f.invitees.addAll(next);
    }

    private static String inviteeKey(String name, String email) {
        return (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) + "|"
                + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
        if (!target.equals(new LinkedHashSet<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }
}
