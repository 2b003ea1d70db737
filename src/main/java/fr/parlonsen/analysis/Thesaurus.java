package fr.parlonsen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * French synonyms of LibreOffice's thesaurus as Debian's {@code mythes-fr} installs it
 * ({@code /usr/share/mythes/th_fr_FR_v2.dat}, LGPL-2.1+), read at run time and never copied into the project.
 * Without the file (or with {@code PARLONSEN_THESAURUS=none}) there are no synonyms and grouping works on words
 * alone. Only one-word synonyms are kept. Immutable and thread-safe.
 */
public final class Thesaurus {

    private static final Logger LOG = Logger.getLogger(Thesaurus.class);
    static final Path DEFAULT_FILE = Path.of("/usr/share/mythes/th_fr_FR_v2.dat");
    public static final Thesaurus NONE = new Thesaurus(Map.of());

    private final Map<String, List<String>> synonyms;

    private Thesaurus(Map<String, List<String>> synonyms) {
        this.synonyms = synonyms;
    }

    /** The thesaurus named by {@code PARLONSEN_THESAURUS} (a path, or {@code none}), else Debian's, else none. */
    public static Thesaurus shared() {
        return Holder.SHARED;
    }

    private static final class Holder {
        static final Thesaurus SHARED = fromEnvironment();
    }

    private static Thesaurus fromEnvironment() {
        String configured = System.getenv("PARLONSEN_THESAURUS");
        if ("none".equals(configured)) {
            return NONE;
        }
        Path file = configured == null || configured.isBlank() ? DEFAULT_FILE : Path.of(configured);
        return read(file).orElseGet(() -> {
            LOG.infof("Pas de thésaurus français (%s) : regroupement sur les mots seuls", file);
            return NONE;
        });
    }

    /** Reads a MyThes {@code .dat} file: a charset line, then "word|n" and n lines "(category)|syn|syn…". */
    public static Optional<Thesaurus> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, List<String>> map = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String first = in.readLine();
            Charset charset = first != null && first.trim().equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8
                    : StandardCharsets.ISO_8859_1;
            try (BufferedReader reader = charset == StandardCharsets.ISO_8859_1 ? null
                    : Files.newBufferedReader(file, charset)) {
                BufferedReader r = reader == null ? in : reader;
                if (reader != null) {
                    r.readLine();
                }
                String line;
                while ((line = r.readLine()) != null) {
                    int bar = line.lastIndexOf('|');
                    if (bar <= 0) {
                        continue;
                    }
                    String word = line.substring(0, bar).toLowerCase(Locale.ROOT);
                    int meanings;
                    try {
                        meanings = Integer.parseInt(line.substring(bar + 1).trim());
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    List<String> list = new ArrayList<>();
                    for (int m = 0; m < meanings && (line = r.readLine()) != null; m++) {
                        String[] parts = line.split("\\|");
                        for (int p = 1; p < parts.length; p++) {
                            String s = parts[p].trim().toLowerCase(Locale.ROOT);
                            if (!s.isEmpty() && s.indexOf(' ') < 0 && s.indexOf('.') < 0 && !s.equals(word)) {
                                list.add(s);
                            }
                        }
                    }
                    if (!word.contains(" ") && !list.isEmpty()) {
                        map.merge(word, List.copyOf(list), (a, b) -> {
                            List<String> both = new ArrayList<>(a);
                            both.addAll(b);
                            return List.copyOf(both);
                        });
                    }
                }
            }
        } catch (IOException e) {
            LOG.warnf("Thésaurus illisible (%s) : %s", file, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new Thesaurus(Map.copyOf(map)));
    }

    /** One-word synonyms of a lower-case word, empty when unknown. */
    public List<String> synonyms(String word) {
        return synonyms.getOrDefault(word, List.of());
    }

    public boolean isEmpty() {
        return synonyms.isEmpty();
    }
}
