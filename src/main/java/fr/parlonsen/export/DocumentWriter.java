package fr.parlonsen.export;

/** Writes a {@link SynthesisDocument} in one file format. Same document, same bytes. */
public interface DocumentWriter {

    byte[] write(SynthesisDocument doc);

    /** MIME type of the files written, for HTTP responses. */
    String mediaType();

    /** File name extension without the dot: "pdf", "docx"… */
    String extension();
}
