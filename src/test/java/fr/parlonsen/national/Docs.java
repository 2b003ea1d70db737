package fr.parlonsen.national;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Text of the exported documents: pdftotext for PDF, LibreOffice headless for DOCX and ODT. */
final class Docs {
    private Docs() {
    }

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Path out = pdf.resolveSibling(pdf.getFileName() + ".txt");
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString()), 60);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static boolean sofficeAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }

    static String soffice(Path doc) throws IOException, InterruptedException {
        Path outDir = Files.createTempDirectory("lo-out");
        Path profile = Files.createTempDirectory("lo-" + System.nanoTime());
        run(List.of("/usr/bin/soffice", "--headless", "-env:UserInstallation=" + profile.toUri(), "--convert-to",
                "txt:Text", "--outdir", outDir.toString(), doc.toString()), 180);
        String name = doc.getFileName().toString();
        return Files.readString(outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt"), StandardCharsets.UTF_8);
    }

    private static void run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " timed out");
        }
        if (p.exitValue() != 0) {
            fail(command + " exited with " + p.exitValue());
        }
    }

    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2019', '\'').replaceAll("\\s+", " ")
                .replace("- ", "-");
    }

    static void assertContainsAll(String extracted, List<String> expected, String what) {
        String haystack = normalize(extracted);
        String unhyphenated = haystack.replace("-", "");
        List<String> missing = expected.stream().filter(e -> !haystack.contains(normalize(e))
                && !unhyphenated.contains(normalize(e).replace("-", ""))).toList();
        if (!missing.isEmpty()) {
            fail(what + " lacks " + missing.size() + " text(s), first: " + missing.subList(0, Math.min(5, missing.size())));
        }
    }
}
