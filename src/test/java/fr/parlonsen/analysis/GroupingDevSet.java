package fr.parlonsen.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The human-coded development answers of {@code ../shared/data/eval/grouping-dev.jsonl}, read at run time (never
 * copied into the project). {@code PARLONSEN_EVAL_DIR} points elsewhere.
 */
final class GroupingDevSet {

    record Answer(String id, String text, Set<String> tags) {
    }

    private GroupingDevSet() {
    }

    static Optional<Path> file() {
        String dir = System.getenv("PARLONSEN_EVAL_DIR");
        for (Path p : List.of(dir == null ? Path.of("../shared/data/eval") : Path.of(dir),
                Path.of("/work/shared/data/eval"))) {
            Path f = p.resolve("grouping-dev.jsonl");
            if (Files.isRegularFile(f)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Answers per question, in file order. */
    static Map<String, List<Answer>> load(Path file) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Answer>> byQuestion = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Set<String> tags = new LinkedHashSet<>();
                row.get("tags").forEach(t -> tags.add(t.asText()));
                byQuestion.computeIfAbsent(row.get("question_id").asText(), q -> new ArrayList<>())
                        .add(new Answer(row.get("id").asText(), row.get("text").asText(), tags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byQuestion;
    }
}
