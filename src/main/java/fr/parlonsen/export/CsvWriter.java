package fr.parlonsen.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the items of a synthesis as CSV for Excel in a French locale: UTF-8 with a byte order
 * mark, {@code ;} as separator, CRLF line ends, one line per item (section, subsection, text,
 * weight, sources joined with " ; "). A cell that would start with {@code = + - @} is prefixed with
 * an apostrophe so that a spreadsheet never runs it as a formula.
 *
 * <p>It is the one CSV writer of the application: every CSV (the public calendar, the national progress table,
 * the synthesis) is written by {@link #table}, so that every cell goes through the same quoting and formula
 * neutralisation.
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
        line(csv, SEPARATOR, cells);
    }

    private static void line(StringBuilder csv, char separator, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(cell(cells.get(i), separator));
        }
        csv.append(CRLF);
    }

    /**
     * Any table as CSV: {@code separator} between cells ({@code ;} for a French spreadsheet, {@code ,} for open
     * data), CRLF line ends, RFC 4180 quoting, formulas neutralised, a UTF-8 byte order mark when {@code bom}.
     * A null cell is written empty.
     */
    public static String table(char separator, boolean bom, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
        line(csv, separator, header);
        for (List<String> row : rows) {
            line(csv, separator, row);
        }
        return csv.toString();
    }

    static String cell(String value) {
        return cell(value, SEPARATOR);
    }

    /** One cell: a leading {@code = + - @}, tab or CR gets an apostrophe; quoted when it holds a separator. */
    public static String cell(String value, char separator) {
        String text = neutraliseFormula(value == null ? "" : value);
        boolean quote = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0
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
