package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Looks for expected texts in text extracted from a file, whatever the line breaks. A word cut
 * after a hyphen at the end of a line comes out as "Saint- Quentin" from PDFBox and as
 * "SaintQuentin" from pdftotext (which removes the hyphen), so a text is also accepted when it
 * matches once hyphens are left out on both sides.
 */
final class TextAssertions {

    private TextAssertions() {
    }

    /** One space for any run of white space; a hyphen ending a line is joined to the next word. */
    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ").replace("- ", "-");
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
