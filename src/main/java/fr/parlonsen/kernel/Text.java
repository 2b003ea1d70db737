package fr.parlonsen.kernel;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Small readings of what people type, shared by every capability. */
public final class Text {
    private Text() {
    }

    /** null, "" or blanks → null; anything else, stripped. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A date and time as forms and the API send it: with an offset ({@code 2009-03-16T18:30:00+01:00}, turned into
     * Paris time) or without ({@code 2009-03-16T18:30}, already Paris time). Empty when it cannot be read; the caller
     * says why in its own words.
     */
    public static Optional<LocalDateTime> parisDateTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).atZoneSameInstant(French.PARIS).toLocalDateTime());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(t));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
