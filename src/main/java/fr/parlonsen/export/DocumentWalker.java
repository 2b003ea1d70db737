package fr.parlonsen.export;

/** Goes through a document in reading order; shared by the PDF, DOCX and ODT writers. */
final class DocumentWalker {

    private final ChartRenderer charts = new ChartRenderer();
    private final MapRenderer maps = new MapRenderer();

    void walk(SynthesisDocument doc, DocumentLayout out) {
        out.cover(doc.cover());
        if (!doc.figures().isEmpty() || !doc.charts().isEmpty() || doc.map().isPresent()) {
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
            for (Subsection subsection : section.subsections()) {
                out.heading(2, subsection.title());
                if (!subsection.items().isEmpty()) {
                    out.items(subsection.items());
                }
            }
        }
        for (Annex annex : doc.annexes()) {
            out.startAnnex(annex.title());
            for (AnnexBlock block : annex.blocks()) {
                block(block, out);
            }
        }
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
        } else {
            throw new IllegalArgumentException("unknown annex block " + block.getClass());
        }
    }
}
