package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Looks for expected texts in text extracted from a file, whatever the line breaks. pdftotext
 * joins a word cut after a hyphen at the end of a line ("Saint-" / "Quentin" gives "SaintQuentin"),
 * so a text is also accepted when it matches once hyphens are left out on both sides.
 */
final class TextAssertions {

    private TextAssertions() {
    }

    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    static void assertContainsAll(String extracted, List<String> expected, String what) {
        String haystack = normalize(extracted);
        String unhyphenated = haystack.replace("-", "");
        List<String> missing = expected.stream()
                .filter(e -> !haystack.contains(normalize(e))
                        && !unhyphenated.contains(normalize(e).replace("-", "")))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            fail(what + " lacks " + missing.size() + " expected text(s), first: " + missing.subList(0,
                    Math.min(5, missing.size())));
        }
    }
}
