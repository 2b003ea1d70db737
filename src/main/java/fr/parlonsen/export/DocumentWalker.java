package fr.parlonsen.export;

import java.util.ArrayList;
import java.util.List;

/** Goes through a document in reading order; shared by the PDF, DOCX and ODT writers. */
final class DocumentWalker {

    private final ChartRenderer charts = new ChartRenderer();
    private final MapRenderer maps = new MapRenderer();

    void walk(SynthesisDocument doc, DocumentLayout out) {
        out.cover(doc.cover());
        out.contents(contents(doc));
        if (!doc.method().isEmpty()) {
            out.heading(1, FrenchText.METHOD);
            doc.method().forEach(out::paragraph);
        }
        if (hasFigures(doc)) {
            out.heading(1, FrenchText.KEY_FIGURES);
            if (!doc.figures().isEmpty()) {
                out.figures(doc.figures());
            }
            for (Chart chart : doc.charts()) {
                out.picture(chart.title(), charts.renderImage(chart), chart.altText());
            }
            doc.map().ifPresent(map -> out.picture(map.title(), maps.renderImage(map), map.altText()));
        }
        for (Section section : doc.sections()) {
            out.heading(1, section.title());
            if (section.subsections().isEmpty()) {
                out.paragraph(FrenchText.NOTHING_RAISED);
            }
            for (Subsection subsection : section.subsections()) {
                out.heading(2, subsection.title());
                if (!subsection.items().isEmpty()) {
                    out.items(subsection.items());
                }
            }
        }
        doc.conclusion().ifPresent(conclusion -> {
            out.heading(1, conclusion.title());
            if (conclusion.paragraphs().isEmpty()) {
                out.paragraph(FrenchText.ASSESSMENT_TO_WRITE);
            }
            conclusion.paragraphs().forEach(out::paragraph);
            conclusion.signature().ifPresent(out::signature);
        });
        for (Annex annex : doc.annexes()) {
            out.startAnnex(annex.title());
            for (AnnexBlock block : annex.blocks()) {
                block(block, out);
            }
        }
    }

    /** The level 1 headings {@link #walk} writes, in its order. */
    static List<String> contents(SynthesisDocument doc) {
        List<String> titles = new ArrayList<>();
        if (!doc.method().isEmpty()) {
            titles.add(FrenchText.METHOD);
        }
        if (hasFigures(doc)) {
            titles.add(FrenchText.KEY_FIGURES);
        }
        doc.sections().forEach(s -> titles.add(s.title()));
        doc.conclusion().ifPresent(c -> titles.add(c.title()));
        doc.annexes().forEach(a -> titles.add(a.title()));
        return titles;
    }

    private static boolean hasFigures(SynthesisDocument doc) {
        return !doc.figures().isEmpty() || !doc.charts().isEmpty() || doc.map().isPresent();
    }

    private static void block(AnnexBlock block, DocumentLayout out) {
        if (block instanceof AnnexBlock.Heading heading) {
            out.heading(2, heading.text());
        } else if (block instanceof AnnexBlock.Paragraph paragraph) {
            out.paragraph(paragraph.text());
        } else if (block instanceof AnnexBlock.KeyValues keyValues) {
            if (!keyValues.rows().isEmpty()) {
                out.rows(keyValues.rows());
            }
        } else if (block instanceof AnnexBlock.Table table) {
            out.table(table);
        } else {
            throw new IllegalArgumentException("unknown annex block " + block.getClass());
        }
    }
}
