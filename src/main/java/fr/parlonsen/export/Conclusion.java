package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signatory's own assessment and the signature block, after the sections.
 *
 * @param title      "Appréciation du préfet"
 * @param paragraphs the assessment, paragraph by paragraph (empty: the writers say it is still to be written)
 */
public record Conclusion(String title, List<String> paragraphs, Optional<Signature> signature) {

    public Conclusion {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(signature, "signature");
    }
}
