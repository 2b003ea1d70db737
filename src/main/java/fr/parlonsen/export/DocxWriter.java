package fr.parlonsen.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a synthesis as a Word document built on an editable model file: the prefecture's
 * letterhead, styles and page layout come from the model ({@code templates/synthese-modele.docx}
 * by default, see {@code templates/README.md}); the content is appended after whatever the model's
 * body holds, with the model's styles.
 */
public final class DocxWriter implements DocumentWriter {

    public static final Path DEFAULT_TEMPLATE = Path.of("templates", "synthese-modele.docx");

    private final byte[] template;

    /** Uses {@link #DEFAULT_TEMPLATE}, relative to the working directory. */
    public DocxWriter() {
        this(DEFAULT_TEMPLATE);
    }

    public DocxWriter(Path template) {
        this(read(template));
    }

    /** Reads the model at once; the stream is not closed. */
    public DocxWriter(InputStream template) {
        this(readAll(template));
    }

    private DocxWriter(byte[] template) {
        this.template = template;
        checkStyles(template);
    }

    @Override
    public byte[] write(SynthesisDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(template))) {
            removeEmptyBody(docx);
            new DocxPlaceholders(doc.cover()).fill(docx);
            new DocumentWalker().walk(doc, new DocxLayout(docx));
            setProperties(docx.getProperties(), doc.cover());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return DeterministicZip.normalize(out.toByteArray(), doc.cover().date(), List.of("[Content_Types].xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String extension() {
        return "docx";
    }

    /** Word always keeps one paragraph in a body: an empty model body must not start the document. */
    private static void removeEmptyBody(XWPFDocument docx) {
        List<IBodyElement> elements = docx.getBodyElements();
        boolean empty = elements.stream()
                .allMatch(e -> e instanceof XWPFParagraph p && p.getText().isBlank() && p.getRuns().stream()
                        .allMatch(r -> r.getEmbeddedPictures().isEmpty()));
        if (empty) {
            for (int i = elements.size() - 1; i >= 0; i--) {
                docx.removeBodyElement(i);
            }
        }
    }

    private static void setProperties(POIXMLProperties properties, Cover cover) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        Optional<Date> date = Optional.of(Date.from(cover.date().atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setTitle(cover.title());
        core.setSubjectProperty(cover.campaign());
        core.setCreator(cover.authority());
        core.setLastModifiedByUser(cover.authority());
        core.setCreated(date);
        core.setModified(date);
        core.setRevision("1");
    }

    private static void checkStyles(byte[] template) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(template))) {
            List<String> missing = DocxStyles.REQUIRED.stream()
                    .filter(id -> docx.getStyles() == null || !docx.getStyles().styleExist(id))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the DOCX model lacks the styles " + missing
                        + " (see templates/README.md)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the DOCX model " + path.toAbsolutePath(), e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
