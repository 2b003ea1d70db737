package fr.parlonsen.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a document to plain text with LibreOffice, headless, with a private profile kept under
 * target/ (the first start builds it and takes a while).
 */
final class Soffice {

    static final Path EXECUTABLE = Path.of("/usr/bin/soffice");
    private static final Path PROFILE = Path.of("target", "soffice-profile").toAbsolutePath();

    private Soffice() {
    }

    static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    /** Text of the document as LibreOffice reads it ("txt:Text" filter). */
    static synchronized String toText(Path document) throws IOException, InterruptedException {
        return Files.readString(convert(document, "txt:Text", "txt"), StandardCharsets.UTF_8);
    }

    /** The document as LibreOffice lays it out and prints it (PDF), for page-level checks. */
    static synchronized Path toPdf(Path document) throws IOException, InterruptedException {
        return convert(document, "pdf:writer_pdf_Export", "pdf");
    }

    private static Path convert(Path document, String filter, String extension) throws IOException, InterruptedException {
        Path outDir = Files.createTempDirectory("parlonsen-soffice-out");
        Process process = new ProcessBuilder(EXECUTABLE.toString(),
                "-env:UserInstallation=" + PROFILE.toUri(),
                "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir.toString(),
                document.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish: " + output);
        }
        String name = document.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        if (process.exitValue() != 0 || !Files.exists(out)) {
            throw new IOException("soffice conversion failed (" + process.exitValue() + "): " + output);
        }
        return out;
    }
}
