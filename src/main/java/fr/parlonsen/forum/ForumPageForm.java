package fr.parlonsen.forum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import fr.parlonsen.kernel.Violation;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeInput;
import fr.parlonsen.forum.ForumForms.VenueInput;

/**
 * The forum form of the pages, exactly as typed (so that it can be shown again with its errors), and its
 * translation to the {@link ForumInput} the service validates. Invitee rows left blank are ignored, and the
 * filled ones are numbered as the service numbers them, so "invitees[1].email" names the second row shown.
 */
public class ForumPageForm {
    static final int EMPTY_ROWS = 3;

    @RestForm public String title;
    @RestForm public String startsAt;
    @RestForm public String endsAt;
    @RestForm public String venueName;
    @RestForm public String venueAddress;
    @RestForm public String venueCommune;
    @RestForm public String venueCapacity;
    @RestForm public String venueAccessible;
    @RestForm public String venueAccess;
    @RestForm public String catchmentKind;
    @RestForm public List<String> cantons = new ArrayList<>();
    @RestForm public List<String> epcis = new ArrayList<>();
    @RestForm public List<String> arrondissements = new ArrayList<>();
    @RestForm public String communes;
    @RestForm public List<String> facilitators = new ArrayList<>();
    @RestForm public List<String> inviteeName = new ArrayList<>();
    @RestForm public List<String> inviteeRole = new ArrayList<>();
    @RestForm public List<String> inviteeOrganisation = new ArrayList<>();
    @RestForm public List<String> inviteeEmail = new ArrayList<>();
    @RestForm public String version;

    /** One invitee row as shown. */
    public record Row(int index, String name, String role, String organisation, String email) {
        /** The violation field of one of its inputs: "invitees[1].email". */
        public String field(String input) {
            return "invitees[" + index + "]." + input;
        }

        /** Its HTML id: "invitees-1-email". */
        public String id(String input) {
            return "invitees-" + index + "-" + input;
        }
    }

    /** The typed rows, then empty ones: always at least {@value #EMPTY_ROWS} free rows. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        int n = inviteeName.size();
        for (int i = 0; i < n; i++) {
            Row r = new Row(rows.size(), at(inviteeName, i), at(inviteeRole, i), at(inviteeOrganisation, i),
                    at(inviteeEmail, i));
            if (!blank(r)) {
                rows.add(r);
            }
        }
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new Row(rows.size(), "", "", "", ""));
        }
        return rows;
    }

    public boolean isChecked(String kind, String code) {
        List<String> list = switch (kind) {
            case "cantons" -> cantons;
            case "epcis" -> epcis;
            case "arrondissements" -> arrondissements;
            case "facilitators" -> facilitators;
            default -> List.of();
        };
        return list != null && list.contains(code);
    }

    /** Reading problems the service cannot see (a capacity that is not a number). */
    public List<Violation> readingViolations() {
        List<Violation> out = new ArrayList<>();
        if (notBlank(venueCapacity) && !venueCapacity.strip().matches("\\d{1,9}")) {
            out.add(new Violation("venue.capacity", "La capacité doit être un nombre entier de places."));
        }
        if (notBlank(version) && !version.strip().matches("\\d{1,9}")) {
            out.add(new Violation("version", "Version du formulaire illisible : rechargez la page."));
        }
        return out;
    }

    public Integer versionNumber() {
        return notBlank(version) && version.strip().matches("\\d{1,9}") ? Integer.valueOf(version.strip()) : null;
    }

    public ForumInput toInput() {
        Integer capacity = notBlank(venueCapacity) && venueCapacity.strip().matches("\\d{1,9}")
                ? Integer.valueOf(venueCapacity.strip()) : null;
        Boolean accessible = "oui".equals(venueAccessible) ? Boolean.TRUE
                : "non".equals(venueAccessible) ? Boolean.FALSE : null;
        VenueInput venue = new VenueInput(venueName, venueAddress, venueCommune, capacity, accessible, venueAccess);
        CatchmentInput catchment = CatchmentKind.fromCode(catchmentKind).map(k -> CatchmentInput.of(k, switch (k) {
            case CANTONS -> cantons;
            case EPCIS -> epcis;
            case ARRONDISSEMENTS -> arrondissements;
            case COMMUNES -> communes == null ? List.<String>of()
                    : Arrays.stream(communes.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        })).orElse(new CatchmentInput(null, null, null, null));
        List<InviteeInput> invitees = new ArrayList<>();
        for (Row r : getRows()) {
            if (!blank(r)) {
                invitees.add(new InviteeInput(r.name(), r.role(), r.organisation(), r.email()));
            }
        }
        return new ForumInput(title, startsAt, endsAt, venue, catchment, facilitators, invitees);
    }

    public static ForumPageForm of(ForumView v) {
        ForumPageForm f = new ForumPageForm();
        f.title = v.title();
        f.startsAt = v.startsAt().toLocalDateTime().toString();
        f.endsAt = v.endsAt().toLocalDateTime().toString();
        f.venueName = v.venue().name();
        f.venueAddress = v.venue().address();
        f.venueCommune = v.venue().communeCode();
        f.venueCapacity = v.venue().capacity() == null ? "" : String.valueOf(v.venue().capacity());
        f.venueAccessible = v.venue().accessible() == null ? "" : v.venue().accessible() ? "oui" : "non";
        f.venueAccess = v.venue().access();
        CatchmentInput c = v.catchment();
        c.given().forEach((kind, codes) -> {
            f.catchmentKind = kind.code;
            switch (kind) {
                case CANTONS -> f.cantons = new ArrayList<>(codes);
                case EPCIS -> f.epcis = new ArrayList<>(codes);
                case ARRONDISSEMENTS -> f.arrondissements = new ArrayList<>(codes);
                case COMMUNES -> f.communes = String.join("\n", codes);
            }
        });
        f.facilitators = new ArrayList<>(v.facilitators());
        v.invitees().forEach(i -> {
            f.inviteeName.add(i.name());
            f.inviteeRole.add(i.role());
            f.inviteeOrganisation.add(i.organisation() == null ? "" : i.organisation());
            f.inviteeEmail.add(i.email() == null ? "" : i.email());
        });
        f.version = String.valueOf(v.version());
        return f;
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }

    private static boolean blank(Row r) {
        return r.name().isBlank() && r.organisation().isBlank() && r.email().isBlank();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
