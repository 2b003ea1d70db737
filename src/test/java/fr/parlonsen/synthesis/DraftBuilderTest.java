package fr.parlonsen.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The draft builder groups what was said, never drops a source, and keeps human edits across rebuilds. */
class DraftBuilderTest {
    final DraftBuilder builder = new DraftBuilder();
    long nextId = 1;

    SourceItem said(SynthesisSection section, String topic, long forum, String text) {
        return new SourceItem(section, topic, text, SourceRef.minutesItem(forum, nextId++));
    }

    @Test
    void paraphrases_from_different_meetings_are_grouped_and_weighted_by_meetings() {
        List<SourceItem> said = List.of(
                said(SynthesisSection.WEAKNESSES, "proximite.presence", 1, "Manque de présence policière la nuit dans le centre-ville"),
                said(SynthesisSection.WEAKNESSES, "proximite.presence", 2, "On ne voit jamais de policiers le soir en centre-ville"),
                said(SynthesisSection.WEAKNESSES, "proximite.presence", 3, "Absence de patrouilles nocturnes au centre-ville"),
                said(SynthesisSection.WEAKNESSES, null, 3, "Les pistes cyclables sont dangereuses"),
                said(SynthesisSection.WEAKNESSES, "proximite.cambriolages", 1, "Les cambriolages augmentent dans les lotissements"));
        List<DraftItem> items = builder.rebuild(said, List.of());
        assertEquals(3, items.size(), () -> items.stream().map(i -> i.text + " " + i.sources).toList().toString());
        DraftItem night = items.get(0);
        assertEquals(3, night.sources.size());
        assertEquals(3, night.meetings());
    }

    @Test
    void no_source_is_ever_dropped_on_random_data() {
        Random random = new Random(42);
        String[] words = { "police", "nuit", "vol", "jeunes", "route", "vitesse", "caméra", "mairie", "collège",
                "drogue", "plainte", "accueil", "gendarmerie", "quartier", "voisins", "parking" };
        for (int run = 0; run < 10; run++) {
            List<SourceItem> said = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                StringBuilder t = new StringBuilder();
                for (int w = 0; w < 3 + random.nextInt(6); w++) {
                    t.append(words[random.nextInt(words.length)]).append(' ');
                }
                SynthesisSection sec = SynthesisSection.values()[random.nextInt(4)];
                said.add(said(sec, random.nextBoolean() ? null : "t" + random.nextInt(3), random.nextInt(20), t.toString()));
            }
            List<DraftItem> items = builder.rebuild(said, List.of());
            Set<String> expected = said.stream().map(s -> s.ref().key()).collect(Collectors.toSet());
            assertEquals(expected, DraftBuilder.coveredKeys(items));
            assertEquals(said.size(), items.stream().mapToInt(i -> i.sources.size()).sum(), "each source exactly once");
            assertTrue(items.stream().allMatch(i -> !i.sources.isEmpty()));
        }
    }

    @Test
    void a_rebuild_keeps_rewrites_and_deletions_and_adds_new_sources() {
        List<SourceItem> said = new ArrayList<>(List.of(
                said(SynthesisSection.PROPOSALS, "modernisation.videoprotection", 1, "Installer des caméras de vidéoprotection près de la gare"),
                said(SynthesisSection.PROPOSALS, "partage.citoyen", 2, "Développer le dispositif voisins vigilants")));
        List<DraftItem> first = builder.rebuild(said, List.of());
        long id = 100;
        for (DraftItem i : first) {
            i.id = id++;
        }
        DraftItem cameras = first.stream().filter(i -> i.text.contains("caméras")).findFirst().orElseThrow();
        cameras.text = "Étendre la vidéoprotection aux abords de la gare";
        cameras.edited = true;
        DraftItem neighbours = first.stream().filter(i -> i.text.contains("voisins")).findFirst().orElseThrow();
        neighbours.deleted = true;
        neighbours.deleteReason = "Hors sujet";
        said.add(said(SynthesisSection.PROPOSALS, "modernisation.videoprotection", 3, "Plus de caméras de vidéoprotection à la gare"));
        said.add(said(SynthesisSection.PROPOSALS, "proximite.securite-routiere", 3, "Des radars pédagogiques devant les écoles"));
        List<DraftItem> second = builder.rebuild(said, first);
        assertEquals(3, second.size());
        DraftItem kept = second.stream().filter(i -> i.id != null && i.id == cameras.id).findFirst().orElseThrow();
        assertEquals("Étendre la vidéoprotection aux abords de la gare", kept.text);
        assertEquals(2, kept.sources.size(), "the new paraphrase joins the rewritten item");
        assertTrue(second.stream().anyMatch(i -> i.deleted && "Hors sujet".equals(i.deleteReason)));
        assertEquals(4, DraftBuilder.coveredKeys(second).size());
    }
}
