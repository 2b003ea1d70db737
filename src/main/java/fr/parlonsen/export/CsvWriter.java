package fr.parlonsen.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the items of a synthesis as CSV for Excel in a French locale: UTF-8 with a byte order
 * mark, {@code ;} as separator, CRLF line ends, one line per item (section, subsection, text,
 * weight, sources joined with " ; "). A cell that would start with {@code = + - @} is prefixed with
 * an apostrophe so that a spreadsheet never runs it as a formula.
 */
public final class CsvWriter implements DocumentWriter {

    static final List<String> HEADER = List.of("Section", "Sous-section", "Texte", "Poids", "Sources");
    private static final char SEPARATOR = ';';
    private static final String CRLF = "\r\n";

    @Override
    public byte[] write(SynthesisDocument doc) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADER);
        for (Section section : doc.sections()) {
            for (Subsection subsection : section.subsections()) {
                for (Item item : subsection.items()) {
                    line(csv, List.of(section.title(), subsection.title(), item.text(), item.weightLabel(),
                            String.join(" ; ", item.sourceRefs())));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(CRLF);
    }

    static String cell(String value) {
        String text = neutraliseFormula(value);
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String neutraliseFormula(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
