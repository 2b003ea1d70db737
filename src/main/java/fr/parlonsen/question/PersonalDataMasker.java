package fr.parlonsen.question;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks personal data in French free text before publication: e-mail addresses, French telephone
 * numbers, street addresses, licence plates and people's names after a civility ("M. Dupont").
 *
 * <p>It errs on the side of ordinary text: dates, times, amounts, postal codes alone, road numbers ("RN 2",
 * "A4") and officials named by their title ("M. le Préfet", "Monsieur Le Maire") are left alone. It is a safety
 * net for moderators, not a guarantee: a name without civility ("Jean a vu Paul") is not detected. Thread-safe.
 */
@ApplicationScoped
public class PersonalDataMasker {

    public static final String EMAIL = "email";
    public static final String TELEPHONE = "telephone";
    public static final String ADRESSE = "adresse";
    public static final String IMMATRICULATION = "immatriculation";
    public static final String NOM = "nom";

    /** One piece of personal data: its kind, where it was in the original text, and what it was. */
    public record Detection(String kind, int start, int end, String original) {
    }

    /** The masked text and what was masked, in text order; offsets refer to the original text. */
    public record Masked(String text, List<Detection> detections) {
        public Masked {
            detections = List.copyOf(detections);
        }

        public boolean hasPersonalData() {
            return !detections.isEmpty();
        }
    }

    /** A kind of personal data. The pattern's group "mask" is what gets replaced; the rest is context. */
    private record Rule(String kind, Pattern pattern, String replacement, Predicate<Matcher> accept) {
        Rule(String kind, String regex, String replacement) {
            this(kind, Pattern.compile(regex), replacement, m -> true);
        }
    }

    private record Found(Rule rule, int order, int start, int end) {
    }

    // Regular expression building blocks.
    private static final String SPACE = "[\\s\\u00A0\\u202F]";
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
    private static final String ANY_WORD = "\\p{L}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\d])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\d])";

    /** Telephone: 0X XX XX XX XX, +33 X…, 0033 X…, +33 (0)X…, with spaces, dots, dashes or nothing between. */
    private static final String TELEPHONE_REGEX = "(?<![\\p{L}\\d+])(?<mask>(?:(?:\\+|00)33[\\s\\u00A0\\u202F.-]?"
            + "(?:\\(0\\)[\\s\\u00A0\\u202F.-]?)?|0)[1-9](?:[\\s\\u00A0\\u202F.-]?\\d{2}){4})(?!\\d)";

    private static final String EMAIL_REGEX = "(?<![\\p{L}\\d._%+-])(?<mask>[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+"
            + "(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,})";

    // Addresses: house number (12, 12-14, 3 bis), street type, street name, then maybe postcode and city.
    private static final String HOUSE_NUMBER = "(?<![\\p{L}\\d,.])\\d{1,4}(?:" + SPACE + "?[-–]" + SPACE
            + "?\\d{1,4})?(?:" + SPACE + "?(?:bis|ter|quater)\\b)?,?" + SPACE + "+";
    private static final String STREET_PARTICLE = "(?:(?:de" + SPACE + "+la|de|du|des|aux|au|la|le|les)" + SPACE
            + "+|(?:de" + SPACE + "+)?[ldLD]['’])";
    /** Streets named after a date: "rue du 8 Mai 1945", "place du 11 Novembre". */
    private static final String DATE_NAME = "\\d{1,2}(?:er)?" + SPACE + "+\\p{Lu}\\p{L}+(?:" + SPACE + "+\\d{4})?";
    private static final String STREET_NAME_REST = "(?:" + SPACE + "+" + STREET_PARTICLE + "?" + CAPITALISED + "){0,4}";
    private static final String POSTCODE_AND_CITY = "(?:,?" + SPACE + "+\\d{5}(?:" + SPACE + "+" + CAPITALISED
            + "(?:" + SPACE + "+" + CAPITALISED + ")*)?)?";

    /** Street types that are no ordinary word after a number: the street name may be in lower case. */
    private static final String PLAIN_STREET_TYPES = "rue|avenue|av\\.|boulevard|bd|impasse|quai";
    /** Street types that are also ordinary words ("2 cours de judo"): the street name must be capitalised. */
    private static final String AMBIGUOUS_STREET_TYPES =
            "chemin|allée|allee|place|route|cours|lotissement|résidence|residence|square|passage|sentier";

    private static String addressRegex(String streetTypes, String firstNameWord) {
        return NOT_AFTER_WORD + "(?<mask>(?iu:" + HOUSE_NUMBER + "(?:" + streetTypes + ")" + SPACE + "+(?-i:"
                + STREET_PARTICLE + "?(?:" + firstNameWord + "|" + DATE_NAME + ")" + STREET_NAME_REST
                + POSTCODE_AND_CITY + ")))" + NOT_BEFORE_WORD;
    }

    /** SIV plates (2009 on): AB-123-CD, AB 123 CD, AB123CD, without I, O, U; lower case only with dashes. */
    private static final String SIV_REGEX = "(?<![\\p{L}\\d-])(?<mask>[A-HJ-NP-TV-Z]{2}[-\\s]?\\d{3}[-\\s]?"
            + "[A-HJ-NP-TV-Z]{2}|[a-hj-np-tv-z]{2}-\\d{3}-[a-hj-np-tv-z]{2})(?![\\p{L}\\d-])";
    /**
     * FNI plates (before 2009): 1234 AB 56, department 01-95, 2A, 2B or 971-976. At least two digits and two
     * letters, so that times such as "18H30" stay times.
     */
    private static final String FNI_REGEX = "(?<![\\p{L}\\d-])(?<mask>\\d{2,4}[-\\s]?[A-HJ-NP-Z]{2,3}[-\\s]?"
            + "(?:\\d{2}|2[AB]|97[1-6]))(?![\\p{L}\\d-])";

    // Names: a civility, then one to three capitalised words, possibly with particles (de, du, Le, d'…).
    private static final String CIVILITY = "(?:M\\.|MM\\.|Mme\\.?|Mmes\\.?|Mlle\\.?|Mlles\\.?|Me|Dr\\.?|Pr\\.?"
            + "|(?iu:monsieur|messieurs|madame|mesdames|mademoiselle|docteur|ma[iî]tre|professeur))";
    private static final String NAME_PARTICLE = "(?:(?:de" + SPACE + "+la|de|du|des|De|Du|Des|Le|La|Van|van|Von|von)"
            + SPACE + "+|[dDL]['’])";
    private static final String NAME_REGEX = NOT_AFTER_WORD + CIVILITY + SPACE + "+(?<mask>" + NAME_PARTICLE + "?"
            + CAPITALISED + "(?:" + SPACE + "+" + NAME_PARTICLE + "?" + CAPITALISED + "){0,2})" + NOT_BEFORE_WORD;

    /** Words that follow a civility as a title rather than a name: "M. Le Préfet", "Madame La Présidente". */
    private static final Set<String> TITLES = Set.of("prefet", "prefete", "sous-prefet", "sous-prefete", "maire",
            "adjoint", "adjointe", "president", "presidente", "vice-president", "vice-presidente", "directeur",
            "directrice", "commissaire", "ministre", "depute", "deputee", "senateur", "senatrice", "commandant",
            "capitaine", "colonel", "general", "lieutenant", "conseiller", "conseillere", "secretaire", "procureur",
            "procureure", "juge", "recteur", "rectrice", "delegue", "deleguee", "chef", "inspecteur", "inspectrice",
            "brigadier", "major", "adjudant", "gendarme", "officier", "docteur", "professeur", "maitre", "cure",
            "abbe", "pere", "soeur");
    private static final Pattern NAME_PARTICLE_PREFIX = Pattern.compile("^" + NAME_PARTICLE);

    /** In priority order, for matches that start at the same place and are as long. */
    private static final List<Rule> RULES = List.of(
            new Rule(EMAIL, EMAIL_REGEX, "[courriel masqué]"),
            new Rule(TELEPHONE, TELEPHONE_REGEX, "[téléphone masqué]"),
            new Rule(ADRESSE, addressRegex(PLAIN_STREET_TYPES, ANY_WORD), "[adresse masquée]"),
            new Rule(ADRESSE, addressRegex(AMBIGUOUS_STREET_TYPES, CAPITALISED), "[adresse masquée]"),
            new Rule(IMMATRICULATION, SIV_REGEX, "[immatriculation masquée]"),
            new Rule(IMMATRICULATION, FNI_REGEX, "[immatriculation masquée]"),
            new Rule(NOM, Pattern.compile(NAME_REGEX), "[nom masqué]", PersonalDataMasker::isPersonsName));

    public PersonalDataMasker() {
    }

    /** Masks every piece of personal data found; a null text is taken as empty. */
    public Masked mask(String text) {
        String source = text == null ? "" : text;
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < RULES.size(); r++) {
            Rule rule = RULES.get(r);
            Matcher m = rule.pattern().matcher(source);
            while (m.find()) {
                if (rule.accept().test(m)) {
                    found.add(new Found(rule, r, m.start("mask"), m.end("mask")));
                }
            }
        }
        return apply(source, withoutOverlaps(found));
    }

    /** Keeps the earliest match; at the same start the longest, then the rule listed first. */
    private static List<Found> withoutOverlaps(List<Found> found) {
        found.sort(Comparator.comparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::end).reversed())
                .thenComparingInt(Found::order));
        List<Found> kept = new ArrayList<>();
        int end = 0;
        for (Found f : found) {
            if (f.start() >= end) {
                kept.add(f);
                end = f.end();
            }
        }
        return kept;
    }

    private static Masked apply(String text, List<Found> kept) {
        StringBuilder out = new StringBuilder(text.length());
        List<Detection> detections = new ArrayList<>(kept.size());
        int position = 0;
        for (Found f : kept) {
            out.append(text, position, f.start()).append(f.rule().replacement());
            detections.add(new Detection(f.rule().kind(), f.start(), f.end(), text.substring(f.start(), f.end())));
            position = f.end();
        }
        out.append(text, position, text.length());
        return new Masked(out.toString(), detections);
    }

    /** The first word after the particles decides: a title ("Préfet") is no one's name. */
    private static boolean isPersonsName(Matcher m) {
        String name = NAME_PARTICLE_PREFIX.matcher(m.group("mask")).replaceFirst("");
        String firstWord = name.split(SPACE + "+", 2)[0];
        return !TITLES.contains(fold(firstWord));
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
