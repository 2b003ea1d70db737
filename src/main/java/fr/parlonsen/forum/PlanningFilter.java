package fr.parlonsen.forum;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.kernel.Violation;

/**
 * The filters and the order of a planning list, read from the GET parameters of the page (so that they work
 * without JavaScript and every link can carry them): status, arrondissement, canton, commune (name or INSEE code),
 * a date range and the sort. A parameter that cannot be read is left out of the filter and named in
 * {@link #violations()} with a French message.
 *
 * @param arrondissement null when the page was opened without the parameter (a sous-préfet then gets their own
 *                       arrondissement), "" for every arrondissement
 * @param commune        the INSEE code of the commune chosen, or null
 * @param communeText    the commune as typed, shown again in the form
 */
public record PlanningFilter(String status, String arrondissement, String canton, String commune,
        String communeText, LocalDate from, LocalDate to, Sort sort, List<Violation> violations) {

    public enum Sort {
        DATE("date", "Date"), COMMUNE("commune", "Commune du lieu"), STATUS("statut", "Statut");

        public final String code;
        public final String label;

        Sort(String code, String label) {
            this.code = code;
            this.label = label;
        }

        static Sort fromCode(String code) {
            for (Sort s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The raw GET parameters, as the page received them (any of them null). */
    public record Raw(String status, String arrondissement, String canton, String commune, String from, String to,
            String sort) {
        public static final Raw NONE = new Raw(null, null, null, null, null, null, null);
    }

    public static final PlanningFilter NONE = new PlanningFilter(null, null, null, null, "", null, null, Sort.DATE,
            List.of());

    /** Reads the parameters against the département's names; {@code defaultArrondissement} applies when absent. */
    public static PlanningFilter read(Raw raw, Names names, String defaultArrondissement) {
        List<Violation> violations = new ArrayList<>();
        String status = blank(raw.status()) ? null : raw.status().strip();
        if (status != null && java.util.Arrays.stream(ForumStatus.values()).noneMatch(s -> s.code.equals(raw.status().strip()))) {
            violations.add(new Violation("filtre-statut", "Statut inconnu : choisissez-le dans la liste."));
            status = null;
        }
        String arrondissement = raw.arrondissement() == null ? defaultArrondissement : raw.arrondissement().strip();
        if (!blank(arrondissement) && !names.arrondissements().containsKey(arrondissement)) {
            violations.add(new Violation("filtre-arrondissement",
                    "Cet arrondissement n'est pas dans le département : choisissez-le dans la liste."));
            arrondissement = "";
        }
        String canton = blank(raw.canton()) ? null : raw.canton().strip();
        if (canton != null && !names.cantons().containsKey(canton)) {
            violations.add(new Violation("filtre-canton",
                    "Ce canton n'est pas dans le département : choisissez-le dans la liste."));
            canton = null;
        }
        String communeText = raw.commune() == null ? "" : raw.commune().strip();
        String commune = null;
        if (!communeText.isEmpty()) {
            commune = communeCode(communeText, names.communes());
            if (commune == null) {
                violations.add(new Violation("filtre-commune", "Commune inconnue dans le département : « "
                        + communeText + " ». Tapez son nom ou son code INSEE, par exemple Laon ou 02408."));
            }
        }
        LocalDate from = date(raw.from(), "filtre-du", "Du", violations);
        LocalDate to = date(raw.to(), "filtre-au", "Au", violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("filtre-au", "La date de fin de la période doit suivre sa date de début."));
            to = null;
        }
        Sort sort = blank(raw.sort()) ? Sort.DATE : Sort.fromCode(raw.sort().strip());
        if (sort == null) {
            violations.add(new Violation("filtre-tri", "Ordre de tri inconnu : choisissez-le dans la liste."));
            sort = Sort.DATE;
        }
        return new PlanningFilter(status, arrondissement, canton, commune, communeText, from, to, sort,
                List.copyOf(violations));
    }

    /**
     * A commune of the département by INSEE code, exact name, or name ignoring case, accents and hyphens ("saint
     * quentin" for Saint-Quentin); a name the datalist shows with its code ("Laon (02408)") too. Null when none or
     * several match.
     */
    public static String communeCode(String typed, Map<String, String> communes) {
        String t = typed.strip();
        java.util.regex.Matcher withCode = java.util.regex.Pattern.compile(".*\\(([0-9][0-9AB][0-9]{3})\\)\\s*").matcher(t);
        if (withCode.matches()) {
            t = withCode.group(1);
        }
        if (communes.containsKey(t)) {
            return t;
        }
        String key = fold(t);
        String found = null;
        for (Map.Entry<String, String> e : communes.entrySet()) {
            if (fold(e.getValue()).equals(key)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.FRENCH).replaceAll("[\\s'’-]+", " ").strip();
    }

    private static LocalDate date(String text, String field, String label, List<Violation> violations) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "Date « " + label.toLowerCase(Locale.FRENCH) + " » illisible : « "
                    + text.strip() + " » (attendu : 2009-04-15)."));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** Is any filter set (other than the sort)? */
    public boolean isFiltering() {
        return status != null || !blank(arrondissement) || canton != null || commune != null || from != null
                || to != null;
    }

    /** The parameters of this filter, in the page's order; the arrondissement kept even when empty. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (status != null) p.put("statut", status);
        p.put("arrondissement", arrondissement == null ? "" : arrondissement);
        if (canton != null) p.put("canton", canton);
        if (commune != null) p.put("commune", communeText);
        if (from != null) p.put("du", from.toString());
        if (to != null) p.put("au", to.toString());
        if (sort != Sort.DATE) p.put("tri", sort.code);
        return p;
    }

    /** "?arrondissement=024&statut=draft…": the query of a link that keeps this filter. */
    public String query() {
        return query(parameters());
    }

    /** The same filter in another order. */
    public String querySortedBy(String sortCode) {
        Map<String, String> p = parameters();
        p.remove("tri");
        if (!Sort.DATE.code.equals(sortCode)) {
            p.put("tri", sortCode);
        }
        return query(p);
    }

    static String query(Map<String, String> parameters) {
        StringJoiner q = new StringJoiner("&", "?", "");
        parameters.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    public String getStatusCode() {
        return status == null ? "" : status;
    }

    public String getArrondissementCode() {
        return arrondissement == null ? "" : arrondissement;
    }

    public String getCantonCode() {
        return canton == null ? "" : canton;
    }

    public String getFromText() {
        return from == null ? "" : from.toString();
    }

    public String getToText() {
        return to == null ? "" : to.toString();
    }

    public String getSortCode() {
        return sort.code;
    }
}
