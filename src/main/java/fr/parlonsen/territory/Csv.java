package fr.parlonsen.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV reader (comma or semicolon, quoted fields) that keeps line numbers for error messages. */
final class Csv {
    record Row(int line, List<String> values, Map<String, Integer> header) {
        String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= values.size() ? "" : values.get(i).trim();
        }
    }

    static final class CsvException extends Exception {
        final int line;

        CsvException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private Csv() {
    }

    /** Reads the whole file. The first line is the header; the separator is guessed from it. */
    static List<Row> read(InputStream in) throws CsvException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String first = r.readLine();
            lineNo = 1;
            if (first == null || first.isBlank()) {
                throw new CsvException(1, "le fichier est vide ou n'a pas de ligne d'en-tête");
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            char sep = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            List<String> headerCols = split(first, sep, 1);
            Map<String, Integer> header = new HashMap<>();
            for (int i = 0; i < headerCols.size(); i++) {
                header.put(headerCols.get(i).trim(), i);
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                int startLine = lineNo;
                while (unbalanced(line)) {
                    String next = r.readLine();
                    if (next == null) {
                        throw new CsvException(startLine, "guillemet ouvert jamais refermé");
                    }
                    lineNo++;
                    line = line + "\n" + next;
                }
                if (line.isBlank()) {
                    continue;
                }
                rows.add(new Row(startLine, split(line, sep, startLine), header));
            }
        } catch (CharacterCodingException e) {
            throw new CsvException(lineNo + 1, "le fichier n'est pas encodé en UTF-8");
        } catch (IOException e) {
            throw new CsvException(lineNo, "lecture impossible (" + e.getMessage() + ")");
        }
        return rows;
    }

    private static boolean unbalanced(String line) {
        int quotes = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 != 0;
    }

    private static List<String> split(String line, char sep, int lineNo) throws CsvException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                if (cur.length() > 0) {
                    throw new CsvException(lineNo, "guillemet inattendu au milieu d'un champ");
                }
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
