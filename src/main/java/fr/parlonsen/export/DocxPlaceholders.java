package fr.parlonsen.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Fills the placeholders of the model file ({{autorite}}, {{titre}}, {{campagne}}, {{date}},
 * {{version}}) in headers, footers and any text the model has in its body. A placeholder that
 * Word split over several runs while it was edited is still found; the text takes the formatting
 * of the run where the placeholder starts.
 */
final class DocxPlaceholders {

    private final Map<String, String> values;

    DocxPlaceholders(Cover cover) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("{{autorite}}", String.join(" ", cover.letterhead()));
        map.put("{{titre}}", cover.title());
        map.put("{{campagne}}", cover.campaign());
        map.put("{{date}}", FrenchText.date(cover.date()));
        map.put("{{version}}", cover.versionLabel());
        this.values = Map.copyOf(map);
    }

    static List<String> names() {
        return List.of("{{autorite}}", "{{titre}}", "{{campagne}}", "{{date}}", "{{version}}");
    }

    void fill(XWPFDocument document) {
        document.getHeaderList().forEach(this::fill);
        document.getFooterList().forEach(this::fill);
        fill((IBody) document);
    }

    private void fill(IBody body) {
        for (XWPFParagraph paragraph : body.getParagraphs()) {
            fill(paragraph);
        }
        for (XWPFTable table : body.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    fill(cell);
                }
            }
        }
    }

    private void fill(XWPFParagraph paragraph) {
        if (!paragraph.getText().contains("{{")) {
            return;
        }
        boolean replaced = true;
        while (replaced) {
            replaced = false;
            for (Map.Entry<String, String> entry : values.entrySet()) {
                if (replaceFirst(paragraph, entry.getKey(), entry.getValue())) {
                    replaced = true;
                }
            }
        }
    }

    /** Replaces the first occurrence of {@code key} in the runs of the paragraph. */
    private static boolean replaceFirst(XWPFParagraph paragraph, String key, String value) {
        List<XWPFRun> runs = paragraph.getRuns();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            starts[i] = text.length();
            text.append(runText(runs.get(i)));
        }
        int at = text.indexOf(key);
        if (at < 0) {
            return false;
        }
        int first = runIndexAt(starts, at);
        int last = runIndexAt(starts, at + key.length() - 1);
        StringBuilder merged = new StringBuilder();
        for (int i = first; i <= last; i++) {
            merged.append(runText(runs.get(i)));
        }
        int offset = at - starts[first];
        merged.replace(offset, offset + key.length(), value);
        setRunText(runs.get(first), merged.toString());
        for (int i = last; i > first; i--) {
            paragraph.removeRun(i);
        }
        return true;
    }

    private static int runIndexAt(int[] starts, int position) {
        int index = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= position) {
                index = i;
            }
        }
        return index;
    }

    private static String runText(XWPFRun run) {
        String text = run.text();
        return text == null ? "" : text;
    }

    private static void setRunText(XWPFRun run, String text) {
        for (int i = run.getCTR().sizeOfTArray() - 1; i >= 0; i--) {
            run.getCTR().removeT(i);
        }
        run.setText(text);
    }
}
