package fr.parlonsen.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times every format on a synthetic synthesis of 600 items and 40 annexes (a large department),
 * and ten times that (6,000 items, 400 annexes: a national synthesis with departmental annexes).
 * Prints a table; no time bound is asserted (benchmark: {@code deploy/test.sh -Pbench -Dtest=ExportBenchTest}).
 */
@Tag("bench")
class ExportBenchTest {

    @Test
    void timesEveryFormatAtOneAndTenTimesTheSize() throws Exception {
        SynthesisDocument small = Fixtures.synthetic(600, 40);
        SynthesisDocument large = Fixtures.synthetic(6000, 400);
        List<DocumentWriter> writers = List.of(new PdfWriter(), new DocxWriter(), new OdtWriter(), new CsvWriter());
        for (DocumentWriter writer : writers) {
            writer.write(Fixtures.aisne()); // warm-up: class loading, fonts, JIT
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-6s %14s %14s", "format", "1× (600/40)", "10× (6000/400)"));
        for (DocumentWriter writer : writers) {
            Measure one = measure(writer, small);
            Measure ten = measure(writer, large);
            Path sample = Samples.save("synthese-10x." + writer.extension(), ten.output);
            if (writer instanceof PdfWriter) {
                assertTrue(PdfText.pageCount(sample) > large.annexes().size(), "each annex starts a page");
            }
            lines.add(String.format("%-6s %14s %14s", writer.extension(), one, ten));
        }
        System.out.println("Export timings (ms, size):\n" + String.join("\n", lines));
    }

    private record Measure(Duration elapsed, byte[] output) {
        @Override
        public String toString() {
            return String.format("%,d ms %,d kB", elapsed.toMillis(), output.length / 1024);
        }
    }

    private static Measure measure(DocumentWriter writer, SynthesisDocument doc) {
        long start = System.nanoTime();
        byte[] bytes = writer.write(doc);
        return new Measure(Duration.ofNanos(System.nanoTime() - start), bytes);
    }
}
