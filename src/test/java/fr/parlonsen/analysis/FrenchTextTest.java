package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchTextTest {

    private final FrenchText french = new FrenchText();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t"})
    void blankTextHasNoTerms(String text) {
        assertEquals(List.of(), french.terms(text));
    }

    @Test
    void dropsStopWordsAndKeepsSubjectWordsInOrder() {
        assertEquals(List.of("cambriolag", "loti", "ete"),
                french.terms("Il y a trop de cambriolages dans notre lotissement depuis l'été"));
    }

    @Test
    void textMadeOnlyOfStopWordsHasNoTerms() {
        assertEquals(List.of(), french.terms("Il y a de la, et c'est pour nous, mais pas trop !"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "caméra, camera",
            "Caméras, CAMERAS",
            "vidéoprotection, videoprotection",
            "sécurité, securite",
            "délinquance, delinquance",
            "policière, policiere",
            "collège, college",
            "préfecture, prefecture"})
    void accentsAndCaseDoNotMatter(String accented, String plain) {
        assertEquals(french.terms(plain), french.terms(accented));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "caméra, caméras",
            "cambriolage, cambriolages",
            "policier, policiers",
            "policier, policière",
            "policière, policières",
            "police municipale, polices municipales",
            "municipale, municipaux",
            "victime, victimes",
            "patrouille, patrouilles",
            "jeune, jeunes",
            "quartier, quartiers"})
    void inflectedFormsShareTheirTerms(String one, String other) {
        assertEquals(french.terms(one), french.terms(other));
    }

    @Test
    void removesElidedArticlesWithStraightAndCurlyApostrophes() {
        assertEquals(french.terms("été dernier accueil"), french.terms("L'été dernier, l’accueil"));
        assertEquals(french.terms("agression"), french.terms("qu’une agression"));
    }

    @Test
    void splitsHyphenatedWords() {
        assertEquals(french.terms("centre ville"), french.terms("centre-ville"));
        assertEquals(french.terms("vidéo protection"), french.terms("vidéo-protection"));
    }

    @Test
    void keepsNumbersAsTerms() {
        assertEquals(List.of("17", "2009"), french.terms("le 17 en 2009"));
    }

    @Test
    void lightStemmingDoesNotMergeUnrelatedSubjects() {
        assertFalse(french.terms("caméra").equals(french.terms("cambriolage")));
        assertFalse(french.terms("police").equals(french.terms("politique")));
        assertFalse(french.terms("drogue").equals(french.terms("droit")));
    }

    @Test
    void returnsAFreshMutableListEachCall() {
        List<String> first = french.terms("caméras");
        first.add("x");
        assertEquals(List.of("camera"), french.terms("caméras"));
    }

    @Test
    void givesTheSameTermsFromManyThreadsAtOnce() throws Exception {
        List<String> texts = List.of(
                "Manque de présence policière la nuit dans le centre-ville",
                "Les caméras installées place de la mairie servent-elles vraiment ?",
                "Les jeunes traînent le soir devant le collège",
                "Trop de vitesse sur la route départementale");
        List<List<String>> expected = texts.stream().map(french::terms).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    FrenchText own = new FrenchText();
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % texts.size();
                        if (!own.terms(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
