package fr.parlonsen.export;

import java.util.List;
import java.util.Objects;

/** An annex (e.g. the minutes of one forum); each one starts on a new page. */
public record Annex(String title, List<AnnexBlock> blocks) {

    public Annex {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
