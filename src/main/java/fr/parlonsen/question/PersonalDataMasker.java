package fr.parlonsen.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * INTERIM STAND-IN. The real masker is written in branch {@code analysis} (same class, same API:
 * {@code mask(text) → Masked(text, detections)}); on merge, theirs replaces this file. This stand-in only knows
 * e-mail addresses and French phone numbers, so that the question workflow can be built and tested meanwhile.
 */
@ApplicationScoped
public class PersonalDataMasker {

    public record Detection(String kind, int start, int end) {
    }

    public record Masked(String text, List<Detection> detections) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:\\+33\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");

    public Masked mask(String text) {
        if (text == null) {
            return new Masked(null, List.of());
        }
        List<Detection> found = new ArrayList<>();
        find(EMAIL, "email", text, found);
        find(PHONE, "phone", text, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Detection d : found) {
            if (d.start() < at) {
                continue;
            }
            out.append(text, at, d.start()).append(d.kind().equals("email") ? "[adresse électronique masquée]"
                    : "[numéro de téléphone masqué]");
            at = d.end();
        }
        out.append(text.substring(at));
        return new Masked(out.toString(), found);
    }

    private static void find(Pattern p, String kind, String text, List<Detection> found) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(new Detection(kind, m.start(), m.end()));
        }
    }
}
