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
    /** How many empty invitee rows the form showed (the "Ajouter un invité" button adds one). */
    @RestForm public String emptyRows;
    /** "ajouter-invite" when the form was sent by the "Ajouter un invité" button (no script): shown again, not saved. */
    @RestForm public String action;
    /** The venue commune's INSEE code once {@link #resolveCommune} has read what was typed. */
    String venueCommuneCode;
    private final List<Violation> communeViolations = new ArrayList<>();

    static final String ADD_INVITEE = "ajouter-invite";
    static final int MAX_EMPTY_ROWS = 50;

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

    /** Was the form sent to add an invitee row rather than to save? */
    public boolean isAddingInvitee() {
        return ADD_INVITEE.equals(action);
    }

    /** The empty rows to show: as many as the form showed (one more after "Ajouter un invité"), at least one. */
    public int getFreeRows() {
        int n = EMPTY_ROWS;
        if (emptyRows != null && emptyRows.strip().matches("\\d{1,3}")) {
            n = Math.max(1, Math.min(MAX_EMPTY_ROWS, Integer.parseInt(emptyRows.strip())));
        }
        return isAddingInvitee() ? Math.min(MAX_EMPTY_ROWS, n + 1) : n;
    }

    /**
     * Reads the venue commune as typed: an INSEE code, "Laon (02408)" as the list proposes it, or a name of the
     * département's communes (case, accents and hyphens ignored). A name that matches none is refused with a
     * French message on the field; a code is left to the service's checks.
     */
    public void resolveCommune(java.util.Map<String, String> communes) {
        communeViolations.clear();
        String typed = venueCommune == null ? "" : venueCommune.strip();
        venueCommuneCode = typed;
        if (typed.isEmpty() || typed.matches("[0-9][0-9AB][0-9]{3}")) {
            return;
        }
        java.util.regex.Matcher withCode = java.util.regex.Pattern.compile(".*\\(([0-9][0-9AB][0-9]{3})\\)").matcher(typed);
        if (withCode.matches()) {
            venueCommuneCode = withCode.group(1);
            return;
        }
        String code = PlanningFilter.communeCode(typed, communes);
        if (code != null) {
            venueCommuneCode = code;
        } else {
            communeViolations.add(new Violation("venue.communeCode", "Commune inconnue dans le département : « "
                    + typed + " ». Tapez les premières lettres de son nom et choisissez-la dans la liste, ou "
                    + "saisissez son code INSEE (par exemple 02408 pour Laon)."));
        }
    }

    /** The typed rows, then empty ones: {@link #getFreeRows} free rows. */
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
        int free = getFreeRows();
        for (int i = 0; i < free; i++) {
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
        out.addAll(communeViolations);
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
        VenueInput venue = new VenueInput(venueName, venueAddress,
                venueCommuneCode != null ? venueCommuneCode : venueCommune, capacity, accessible, venueAccess);
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
        f.venueCommune = v.venue().communeName() == null || v.venue().communeName().equals(v.venue().communeCode())
                ? v.venue().communeCode() : v.venue().communeName() + " (" + v.venue().communeCode() + ")";
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
