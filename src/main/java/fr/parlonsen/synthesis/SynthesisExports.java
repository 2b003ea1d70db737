package fr.parlonsen.synthesis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.parlonsen.kernel.DomainError.Corrupted;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.export.DocumentWriter;
import fr.parlonsen.export.DocxWriter;
import fr.parlonsen.export.OdtWriter;
import fr.parlonsen.export.PdfWriter;
import fr.parlonsen.export.SynthesisDocument;

/**
 * Writes the documents of a synthesis (PDF, DOCX, ODT) from its rows, and freezes them at transmission: the
 * bytes and their sha256 are stored, so a transmitted version always downloads byte-identical.
 */
@ApplicationScoped
public class SynthesisExports {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SynthesisExports.class);
    public static final List<String> FORMATS = List.of("pdf", "docx", "odt");

    @Inject
    EntityManager em;
    @Inject
    SynthesisDocuments documents;
    @ConfigProperty(name = "parlonsen.templates.dir", defaultValue = "templates")
    String templatesDir;

    public record Document(byte[] bytes, String mediaType, String filename, String sha256) {
    }

    Map<String, String> freeze(Synthesis s) {
        SynthesisDocument doc = documents.of(s);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String format : FORMATS) {
            byte[] bytes = writer(format).write(doc);
            String sha = sha256(bytes);
            em.createNativeQuery("insert into synthesis_export (synthesis_id, format, sha256, content) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, s.id).setParameter(2, format).setParameter(3, sha).setParameter(4, bytes)
                    .executeUpdate();
            hashes.put(format, sha);
        }
        return hashes;
    }

    Map<String, String> hashes(Synthesis s) {
        Map<String, String> out = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select format, sha256 from synthesis_export where synthesis_id = ?1 order by format")
                .setParameter(1, s.id).getResultList();
        rows.forEach(r -> out.put((String) r[0], (String) r[1]));
        return out;
    }

    Document document(Synthesis s, String format) {
        DocumentWriter writer = writer(format);
        String filename = "synthese-" + s.department + "-v" + s.version + "." + writer.extension();
        if (s.isTransmitted()) {
            return frozen(s, format, writer, filename);
        }
        byte[] bytes = writer.write(documents.of(s));
        return new Document(bytes, writer.mediaType(), filename, sha256(bytes));
    }

    /**
     * The bytes stored at transmission, checked against the sha256 recorded then (in the export row and in the
     * append-only audit): a transmitted document is never regenerated; missing or altered, it is refused.
     */
    private Document frozen(Synthesis s, String format, DocumentWriter writer, String filename) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content, sha256 from synthesis_export where synthesis_id = ?1 and format = ?2")
                .setParameter(1, s.id).setParameter(2, format).getResultList();
        if (rows.isEmpty()) {
            throw integrity(s, format, "absent de la base");
        }
        byte[] bytes = (byte[]) rows.get(0)[0];
        String recorded = (String) rows.get(0)[1];
        String actual = sha256(bytes == null ? new byte[0] : bytes);
        if (!actual.equalsIgnoreCase(recorded)) {
            throw integrity(s, format, "empreinte " + actual + " au lieu de " + recorded);
        }
        @SuppressWarnings("unchecked")
        List<String> audited = em.createNativeQuery("select detail from synthesis_audit where synthesis_id = ?1 "
                + "and action = 'freeze' order by id").setParameter(1, s.id).getResultList();
        for (String detail : audited) {
            String expected = recordedHash(detail, format);
            if (expected != null && !expected.equalsIgnoreCase(actual)) {
                throw integrity(s, format, "empreinte " + actual + " au lieu de " + expected + " (journal)");
            }
        }
        return new Document(bytes, writer.mediaType(), filename, actual);
    }

    /** "pdf=<sha>;docx=<sha>;odt=<sha>" → the hash of one format. */
    static String recordedHash(String detail, String format) {
        if (detail == null) {
            return null;
        }
        for (String part : detail.split(";")) {
            if (part.startsWith(format + "=")) {
                return part.substring(format.length() + 1);
            }
        }
        return null;
    }

    private static Corrupted integrity(Synthesis s, String format, String why) {
        LOG.errorf("INTÉGRITÉ : document %s de la synthèse %s version %d (id %d) refusé : %s. Il n'est pas régénéré ; "
                + "restaurez-le depuis une sauvegarde.", format, s.department, s.version, s.id, why);
        // 503, not 500: the server is sound, this one document is unavailable until the operator restores it
        return new Corrupted("Document transmis altéré ou manquant", "Le document " + format.toUpperCase()
                + " de la version " + s.version + " transmise ne correspond plus à l'empreinte enregistrée lors de la "
                + "transmission (ou est manquant) : il n'est pas servi et ne sera pas régénéré. L'exploitant en a été "
                + "averti (journal de l'application).");
    }

    public DocumentWriter writer(String format) {
        return switch (format) {
            case "pdf" -> new PdfWriter();
            case "docx" -> docx();
            case "odt" -> new OdtWriter();
            default -> throw new NotFound("Format inconnu : « " + format + " » (pdf, docx ou odt).");
        };
    }

    /** The prefecture's editable model in templates/, or the one shipped in the jar. */
    private DocumentWriter docx() {
        Path model = Path.of(templatesDir, "synthese-modele.docx");
        if (Files.isReadable(model)) {
            return new DocxWriter(model);
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("doc-templates/synthese-modele.docx")) {
            if (in == null) {
                throw new IllegalStateException("Modèle DOCX introuvable (templates/synthese-modele.docx)");
            }
            return new DocxWriter(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
