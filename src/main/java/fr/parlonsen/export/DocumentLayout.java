package fr.parlonsen.export;

import java.util.List;

/**
 * How one file format lays out the parts of a document. {@link DocumentWalker} decides the order
 * and what goes in (the same for every format); an implementation only decides how it looks.
 */
interface DocumentLayout {

    /** Cover page (bloc-marque, addressees, object, reference, date, version), followed by a page break. */
    void cover(Cover cover);

    /** The table of contents: every level 1 heading, in the order they will come. */
    void contents(List<String> titles);

    /** Level 1 (sections, annexes), 2 (subsections, pictures, headings inside annexes). */
    void heading(int level, String text);

    /** Key figures as a two-column table. */
    void figures(List<Figure> figures);

    /** A chart or a map under a level 2 heading, with its text alternative written under it. */
    void picture(String title, PngImage png, String altText);

    /** Items of one subsection, as a bulleted list with weights, places and sources. */
    void items(List<Item> items);

    /** Starts an annex on a new page with its title as a level 1 heading. */
    void startAnnex(String title);

    void paragraph(String text);

    void rows(List<AnnexBlock.KeyValue> rows);

    /** A table with a header row. */
    void table(AnnexBlock.Table table);

    /** The signature block, kept on one page. */
    void signature(Signature signature);
}
