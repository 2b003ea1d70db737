package fr.parlonsen.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Generates the editable model {@code templates/synthese-modele.docx} (styles, letterhead with the
 * {{autorite}} placeholder, footer with the page number, A4 page). After changing it, run
 * {@link #main} (from the IDE, or {@code java -cp target/test-classes:target/classes:<test classpath>
 * fr.parlonsen.export.DocxTemplateGenerator}) and commit the new file.
 */
public final class DocxTemplateGenerator {

    static final LocalDate MODEL_DATE = LocalDate.of(2009, 1, 5);
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int TWIPS_PER_CM = 567;

    private DocxTemplateGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path target = args.length > 0 ? Path.of(args[0]) : DocxWriter.DEFAULT_TEMPLATE;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, generate());
        System.out.println("Written " + target.toAbsolutePath());
    }

    static byte[] generate() throws IOException, XmlException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
            bullets(docx.createNumbering());
            page(docx.getDocument().getBody().addNewSectPr());
            letterhead(docx.createHeader(HeaderFooterType.DEFAULT));
            footer(docx.createFooter(HeaderFooterType.DEFAULT));
            docx.createParagraph().setStyle(DocxStyles.NORMAL);
            properties(docx.getProperties());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return DeterministicZip.normalize(out.toByteArray(), MODEL_DATE, List.of("[Content_Types].xml"));
        }
    }

    /** Numbering 1, used by the "List Bullet" style. */
    private static void bullets(XWPFNumbering numbering) throws XmlException {
        numbering.setNumbering(NumberingDocument.Factory.parse("""
                <w:numbering xmlns:w="%s">
                  <w:abstractNum w:abstractNumId="0">
                    <w:multiLevelType w:val="singleLevel"/>
                    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>
                      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>
                      <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>
                  </w:abstractNum>
                  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                </w:numbering>
                """.formatted(W)).getNumbering());
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(11906);
        size.setH(16838);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(2 * TWIPS_PER_CM);
        margins.setBottom(2 * TWIPS_PER_CM);
        margins.setLeft(2 * TWIPS_PER_CM);
        margins.setRight(2 * TWIPS_PER_CM);
        margins.setHeader(TWIPS_PER_CM);
        margins.setFooter(TWIPS_PER_CM);
        margins.setGutter(0);
    }

    private static void letterhead(XWPFHeader header) {
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setStyle(DocxStyles.AUTHORITY);
        paragraph.createRun().setText("{{autorite}}");
    }

    private static void footer(XWPFFooter footer) {
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setStyle("Footer");
        paragraph.createRun().setText("{{titre}} — {{version}}");
        paragraph.createRun().addTab();
        paragraph.createRun().setText("Page ");
        CTSimpleField page = paragraph.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
    }

    private static void properties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(MODEL_DATE.atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setTitle("Modèle de synthèse — Parlons-en");
        core.setCreator("Parlons-en");
        core.setCreated(date);
        core.setModified(date);
        core.setRevision("1");
    }

    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
                  <w:sz w:val="21"/><w:szCs w:val="21"/>
                  <w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">
                <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal">
                <w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
                  <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                  <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
                </w:tblCellMar></w:tblPr>
              </w:style>
              <w:style w:type="numbering" w:default="1" w:styleId="NoList">
                <w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:before="2400" w:after="240"/></w:pPr>
                <w:rPr><w:b/><w:color w:val="000091"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle">
                <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="1200"/></w:pPr>
                <w:rPr><w:i/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading1">
                <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:color w:val="000091"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Heading2">
                <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="ListBullet">
                <w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>
                  <w:spacing w:before="60" w:after="20"/><w:ind w:left="360" w:hanging="360"/></w:pPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Source">
                <w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:next w:val="ListBullet"/><w:qFormat/>
                <w:pPr><w:spacing w:after="80"/><w:ind w:left="360"/></w:pPr>
                <w:rPr><w:color w:val="555555"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Caption">
                <w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
                <w:pPr><w:spacing w:after="240"/></w:pPr>
                <w:rPr><w:i/><w:color w:val="555555"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:customStyle="1" w:styleId="Autorite">
                <w:name w:val="Autorité"/><w:basedOn w:val="Normal"/><w:qFormat/>
                <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="000091"/></w:pBdr>
                  <w:spacing w:after="240"/></w:pPr>
                <w:rPr><w:b/><w:caps/><w:color w:val="000091"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Footer">
                <w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                <w:pPr><w:tabs><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0"/></w:pPr>
                <w:rPr><w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>
              </w:style>
              <w:style w:type="table" w:styleId="TableGrid">
                <w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:tblPr><w:tblBorders>
                  <w:top w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                  <w:left w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                  <w:bottom w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                  <w:right w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                  <w:insideH w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                  <w:insideV w:val="single" w:sz="4" w:space="0" w:color="BBBBBB"/>
                </w:tblBorders></w:tblPr>
              </w:style>
            </w:styles>
            """;
}
