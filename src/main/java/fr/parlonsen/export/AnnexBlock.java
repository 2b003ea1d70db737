package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/** Content of an annex: headings, paragraphs and key/value rows (attendance, times…). */
public sealed interface AnnexBlock {

    /** A heading inside an annex ("Questions et réponses"). */
    record Heading(String text) implements AnnexBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text. */
    record Paragraph(String text) implements AnnexBlock {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Rows written as a two-column table. */
    record KeyValues(List<KeyValue> rows) implements AnnexBlock {
        public KeyValues {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A table with a header row (list of forums, questions and answers). The caption says what it lists;
     * every row has one cell per header.
     */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements AnnexBlock {
        public Table {
            Objects.requireNonNull(caption, "caption");
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("table \"" + caption + "\": a row of " + row.size()
                            + " cells under " + headers.size() + " headers");
                }
            }
        }
    }

    /** One row: "Participants" → "84". */
    record KeyValue(String key, String value) {
        public KeyValue {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    static Heading heading(String text) {
        return new Heading(text);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(text);
    }

    static KeyValues rows(KeyValue... rows) {
        return new KeyValues(List.of(rows));
    }

    static KeyValue row(String key, String value) {
        return new KeyValue(key, value);
    }
}
