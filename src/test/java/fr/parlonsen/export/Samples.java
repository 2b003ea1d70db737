package fr.parlonsen.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps the files written by the tests in target/export-samples/ for a look by hand. */
final class Samples {

    static final Path DIR = Path.of("target", "export-samples");

    private Samples() {
    }

    static Path save(String name, byte[] bytes) throws IOException {
        Files.createDirectories(DIR);
        return Files.write(DIR.resolve(name), bytes);
    }
}
