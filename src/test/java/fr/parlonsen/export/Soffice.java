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
        Path outDir = Files.createTempDirectory("parlonsen-soffice-out");
        Process process = new ProcessBuilder(EXECUTABLE.toString(),
                "-env:UserInstallation=" + PROFILE.toUri(),
                "--headless", "--norestore", "--convert-to", "txt:Text", "--outdir", outDir.toString(),
                document.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish: " + output);
        }
        String name = document.getFileName().toString();
        Path txt = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
        if (process.exitValue() != 0 || !Files.exists(txt)) {
            throw new IOException("soffice conversion failed (" + process.exitValue() + "): " + output);
        }
        return Files.readString(txt, StandardCharsets.UTF_8);
    }
}
