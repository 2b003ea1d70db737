package fr.parlonsen.minutes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import fr.parlonsen.kernel.DomainError.UnsupportedFormat;
import fr.parlonsen.kernel.DomainError.TooLarge;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.Invalid;


/**
 * Reads minutes written in Word (DOCX), OpenDocument text (ODT) or plain UTF-8 text into paragraphs, marking the
 * headings. The type is recognised from the content, never from the name: a DOCX is a zip holding
 * {@code word/document.xml}, an ODT a zip whose {@code mimetype} entry is the ODF text type, a text is valid UTF-8
 * without NUL bytes. Zips are inflated under limits (size, entries, ratio) before anything parses them.
 */
public final class MinutesFileReader {
    private MinutesFileReader() {
    }

    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    static final long MAX_UNCOMPRESSED_BYTES = 20L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_RATIO = 100;
    static final String ODT_MIME = "application/vnd.oasis.opendocument.text";
    private static final Set<String> KEPT_ENTRIES = Set.of("word/document.xml", "mimetype", "content.xml");

    /** A paragraph of the document; {@code heading} when it is styled or written as a title. */
    public record Block(String text, boolean heading) {
    }

    public record Document(String kind, List<Block> blocks) {
    }

    public static Document read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new Invalid("fichier", "Le fichier est vide.");
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new TooLarge("Fichier trop volumineux",
                    "Le fichier dépasse 5 Mo : enregistrez le compte rendu sans images, ou copiez-en le texte.");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            Map<String, byte[]> entries = inflateSafely(bytes);
            if (entries.containsKey("word/document.xml")) {
                return new Document("docx", docx(bytes));
            }
            byte[] mime = entries.get("mimetype");
            if (mime != null && new String(mime, StandardCharsets.US_ASCII).strip().equals(ODT_MIME)
                    && entries.containsKey("content.xml")) {
                return new Document("odt", odt(entries.get("content.xml")));
            }
            throw unsupported("Ce fichier compressé n'est ni un document Word (.docx) ni un document OpenDocument "
                    + "texte (.odt).");
        }
        if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0) {
            throw unsupported("Les documents Word 97-2003 (.doc) ne sont pas pris en charge : enregistrez-le au "
                    + "format .docx ou .odt, puis importez-le à nouveau.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw unsupported("Ce fichier n'est ni un document Word (.docx), ni un document OpenDocument (.odt), "
                        + "ni un texte brut : il contient des données binaires (programme, image...). Quel que soit "
                        + "son nom, il a été refusé.");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Document("text", text(text.startsWith("\ufeff") ? text.substring(1) : text));
        } catch (CharacterCodingException e) {
            throw unsupported("Ce texte n'est pas encodé en UTF-8 : enregistrez-le en UTF-8 (ou en .docx, .odt), "
                    + "puis importez-le à nouveau.");
        }
    }

    private static UnsupportedFormat unsupported(String detail) {
        return new UnsupportedFormat("Type de fichier non pris en charge", detail);
    }

    private static Invalid bomb(String why) {
        return new Invalid("Fichier compressé refusé", "Ce fichier compressé a été refusé par précaution ("
                + why + ") : il pourrait saturer le serveur. Enregistrez le document à nouveau, sans pièces jointes.",
                java.util.List.of());
    }

    /** Inflates every entry with counters (the sizes the zip declares are not trusted); keeps the few we read. */
    static Map<String, byte[]> inflateSafely(byte[] zip) {
        Map<String, byte[]> kept = new HashMap<>();
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw bomb("plus de " + MAX_ENTRIES + " éléments");
                }
                ByteArrayOutputStream out = KEPT_ENTRIES.contains(e.getName()) ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw bomb("plus de 20 Mo une fois décompressé");
                    }
                    if (total > 1024 * 1024 && total > MAX_RATIO * zip.length) {
                        throw bomb("taux de compression anormal, plus de " + MAX_RATIO + " pour 1");
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    kept.put(e.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unsupported("Ce fichier compressé est endommagé ou n'est pas un document : il n'a pas pu être lu.");
        }
        if (count == 0) {
            throw unsupported("Ce fichier compressé est vide ou endommagé.");
        }
        return kept;
    }

    private static List<Block> docx(byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    add(blocks, p.getText(), isHeading(doc, p));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> add(blocks, p.getText(), false));
                        }
                    }
                }
            }
            return blocks;
        } catch (IOException | RuntimeException e) {
            throw unsupported("Ce document Word n'a pas pu être lu : ouvrez-le et enregistrez-le à nouveau au format "
                    + ".docx.");
        }
    }

    private static boolean isHeading(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return false;
        }
        String name = id;
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        return n.matches("(heading|titre|title)\\d*") || id.toLowerCase(Locale.ROOT).matches("(heading|titre|title)\\d*");
    }

    private static List<Block> odt(byte[] contentXml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            org.w3c.dom.Document dom;
            try (InputStream in = new ByteArrayInputStream(contentXml)) {
                dom = f.newDocumentBuilder().parse(in);
            }
            List<Block> blocks = new ArrayList<>();
            walk(dom.getDocumentElement(), blocks);
            return blocks;
        } catch (Exception e) {
            throw unsupported("Ce document OpenDocument n'a pas pu être lu : ouvrez-le et enregistrez-le à nouveau "
                    + "au format .odt.");
        }
    }

    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private static void walk(Element e, List<Block> blocks) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                if (TEXT_NS.equals(child.getNamespaceURI()) && ("h".equals(child.getLocalName())
                        || "p".equals(child.getLocalName()))) {
                    StringBuilder sb = new StringBuilder();
                    odfText(child, sb);
                    add(blocks, sb.toString(), "h".equals(child.getLocalName()));
                } else if (!"office:annotation".equals(child.getNodeName())) {
                    walk(child, blocks);
                }
            }
        }
    }

    private static void odfText(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                sb.append(n.getNodeValue());
            } else if (n instanceof Element el && TEXT_NS.equals(el.getNamespaceURI())) {
                switch (el.getLocalName()) {
                    case "s" -> sb.append(" ".repeat(Math.max(1, parseCount(el.getAttributeNS(TEXT_NS, "c")))));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    case "note" -> {
                        // footnotes are not part of the running text
                    }
                    default -> odfText(el, sb);
                }
            } else if (n instanceof Element el && !"annotation".equals(el.getLocalName())) {
                odfText(el, sb);
            }
        }
    }

    private static int parseCount(String c) {
        try {
            return c == null || c.isEmpty() ? 1 : Math.min(100, Integer.parseInt(c));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Plain text: a blank line ends a paragraph, a line starting with a bullet or a number starts one, a line
     * that reads like a known section title is a heading.
     */
    static List<Block> text(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            boolean title = MinutesImport.sectionOf(line) != null;
            if (line.isEmpty() || title || MinutesImport.BULLET.matcher(line).lookingAt()) {
                add(blocks, current.toString(), false);
                current.setLength(0);
            }
            if (title) {
                add(blocks, line, true);
            } else if (!line.isEmpty()) {
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        add(blocks, current.toString(), false);
        return blocks;
    }

    private static void add(List<Block> blocks, String text, boolean heading) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(text.strip(), heading));
        }
    }
}
