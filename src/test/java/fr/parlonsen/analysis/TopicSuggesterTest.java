package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parlonsen.analysis.TopicSuggester.Options;
import fr.parlonsen.analysis.TopicSuggester.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicSuggesterTest {

    private final TopicSuggester suggester = new TopicSuggester(CampaignKeywords2009.TOPICS);

    private String codeFor(String text) {
        return suggester.suggest(text, CampaignKeywords2009.TOPICS).map(Suggestion::topicCode).orElse("");
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Il y a trop de cambriolages dans notre lotissement depuis l'été              | proximite.cambriolages
            Les caméras installées place de la mairie servent-elles vraiment ?          | modernisation.videoprotection
            Les jeunes traînent le soir devant le collège                               | partage.jeunesse
            Faut-il davantage de vidéoprotection dans les parkings ?                    | modernisation.videoprotection
            Qui consulte les fichiers de police et combien de temps sont-ils gardés ?   | modernisation.fichiers
            Je crains d'être fiché à tort dans le STIC                                  | modernisation.fichiers
            Ma mère s'est fait arnaquer sur internet par un faux site                   | modernisation.cybercriminalite
            Comment se protéger du piratage de sa carte bancaire ?                      | modernisation.cybercriminalite
            Les empreintes et l'ADN sont-ils relevés après un cambriolage ?             | modernisation.pts
            La police scientifique se déplace-t-elle pour les petits délits ?           | modernisation.pts
            Les manifestations du samedi bloquent le centre-ville                       | modernisation.ordre-public
            Comment sont encadrés les casseurs lors des rassemblements ?                | modernisation.ordre-public
            Les voitures roulent à une vitesse excessive devant l'école                 | proximite.securite-routiere
            Il faudrait plus de radars sur la départementale                            | proximite.securite-routiere
            Les pistes cyclables sont dangereuses                                       | proximite.securite-routiere
            Que faire quand une voisine est victime de violences conjugales ?           | proximite.violences-intrafamiliales
            Les femmes battues sont-elles bien accueillies au commissariat ?            | proximite.violences-intrafamiliales
            Un trafic de drogue a lieu tous les soirs dans le hall                      | proximite.stupefiants
            On trouve des seringues dans le parc                                        | proximite.stupefiants
            Comment les victimes sont-elles accompagnées après une agression ?          | proximite.aide-victimes
            Peut-on déposer une pré-plainte sur internet ?                              | proximite.demarches-en-ligne
            On ne voit jamais de patrouilles dans notre quartier                        | proximite.presence
            Manque de présence policière la nuit dans le centre-ville                   | proximite.presence
            L'attente au commissariat pour porter plainte est trop longue               | proximite.accueil
            Les horaires d'ouverture de la gendarmerie ne conviennent pas               | proximite.accueil
            Le CLSPD se réunit-il encore dans notre commune ?                           | partage.clspd
            La prévention de la délinquance doit associer les associations              | partage.clspd
            La police municipale devrait-elle être armée ?                              | partage.polices-municipales
            Les policiers municipaux patrouillent-ils la nuit ?                         | partage.polices-municipales
            Les vigiles des supermarchés ont-ils le droit de fouiller les sacs ?        | partage.securite-privee
            Les sociétés de sécurité privée sont-elles contrôlées ?                     | partage.securite-privee
            Les bailleurs sociaux et les transporteurs travaillent-ils avec la police ? | partage.reseaux
            Les mineurs délinquants sont-ils suffisamment sanctionnés ?                 | partage.jeunesse
            Comment devenir voisins vigilants dans ma commune ?                         | partage.citoyen
            Chaque citoyen devrait signaler les comportements suspects                  | partage.citoyen
            """)
    void suggestsTheCampaignTopicOfRealisticSentences(String text, String expectedCode) {
        assertEquals(expectedCode, codeFor(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vidéoprotection", "video-protection", "Vidéo protection", "VIDEOPROTECTION",
            "caméras", "Caméra", "CAMERAS", "vidéosurveillance"})
    void accentsCaseHyphensAndPluralsDoNotMatter(String text) {
        assertEquals("modernisation.videoprotection", codeFor("Nous voulons plus de " + text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Quel temps fera-t-il demain ?", "Bonjour, merci pour cette réunion", "   ",
            "et de la pour le"})
    void isEmptyWhenNothingMatches(String text) {
        assertEquals(Optional.empty(), suggester.suggest(text, CampaignKeywords2009.TOPICS));
    }

    @Test
    void learningFromAConfirmedTopicChangesTheNextSuggestionForASimilarStatement() {
        List<TopicKeywords> topics = List.of(topic("x.vols", "Vols", "cambriolage"), topic("x.route", "Route", "radar"));
        String next = "Les trottinettes roulent trop vite sur les trottoirs du centre";
        assertEquals(Optional.empty(), suggester.suggest(next, topics, List.of()));
        List<TopicExample> confirmed = List.of(
                new TopicExample("x.route", "Des trottinettes qui foncent sur les trottoirs"),
                new TopicExample("x.vols", "Les vols de vélos au centre commercial"));
        Suggestion learnt = suggester.suggest(next, topics, confirmed).orElseThrow();
        assertEquals("x.route", learnt.topicCode());
        assertTrue(learnt.matched().contains("exemples confirmés"), learnt.matched().toString());
    }

    @Test
    void anExampleChangesTheSuggestionAgainstAKeyword() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Un", "caméra"), topic("x.b", "Deux", "parking"));
        String text = "Une caméra dans le parking souterrain de la gare";
        assertEquals("x.a", suggester.suggest(text, topics, List.of()).orElseThrow().topicCode());
        List<TopicExample> confirmed = List.of(new TopicExample("x.b", "Le parking souterrain de la gare est mal éclairé"),
                new TopicExample("x.b", "Insécurité dans le parking souterrain"));
        assertEquals("x.b", suggester.suggest(text, topics, confirmed).orElseThrow().topicCode());
    }

    @Test
    void examplesOfTopicsNotInTheListAreIgnored() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Un", "radar"));
        List<TopicExample> confirmed = List.of(new TopicExample("y.gone", "Les trottinettes sur les trottoirs"));
        assertEquals(Optional.empty(), suggester.suggest("Les trottinettes sur les trottoirs", topics, confirmed));
    }

    @Test
    void aKeywordWeightInTheDataMakesAGenericWordTooWeakToDecideAlone() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Sujet", "police^0.3", "patrouille"));
        assertEquals(Optional.empty(), suggester.suggest("La police", topics));
        Suggestion s = suggester.suggest("La police en patrouille", topics).orElseThrow();
        assertEquals(1.3, s.score(), 1e-9);
        assertEquals(List.of("police", "patrouille"), s.matched());
    }

    @Test
    void aKeywordSharedByTwoTopicsIsDividedBetweenThem() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Un", "maire", "conseil"), topic("x.b", "Deux", "maire"));
        assertEquals(Optional.empty(), suggester.suggest("Le maire", topics));
        assertEquals("x.a", suggester.suggest("Le maire et son conseil", topics).orElseThrow().topicCode());
    }

    @Test
    void usesTheCampaignTopicsByDefault() {
        assertEquals(Optional.of("proximite.cambriolages"),
                suggester.suggest("Encore un cambriolage rue Haute").map(Suggestion::topicCode));
    }

    @Test
    void usesTheTopicsGivenAtConstruction() {
        TopicSuggester own = new TopicSuggester(List.of(topic("a.b", "Autre", "cambriolage")));
        assertEquals(Optional.of("a.b"), own.suggest("Encore un cambriolage").map(Suggestion::topicCode));
    }

    @Test
    void multiWordKeywordMatchesOnlyAsAPhrase() {
        List<TopicKeywords> topics = List.of(topic("x.pm", "Sujet", "police municipale"));
        assertEquals(Optional.empty(), suggester.suggest("La police a parlé au conseil municipal", topics));
        assertEquals(Optional.empty(), suggester.suggest("municipale police", topics));
        assertTrue(suggester.suggest("Les polices municipales du canton", topics).isPresent());
    }

    @Test
    void phraseHitOutweighsASingleWordHit() {
        List<TopicKeywords> topics = List.of(
                topic("x.police", "Un", "police"),
                topic("x.pm", "Deux", "police municipale"));
        Suggestion best = suggester.suggest("La police municipale patrouille", topics).orElseThrow();
        assertEquals("x.pm", best.topicCode());
        assertEquals(2.5, best.score());
    }

    @Test
    void wordsCoveredByALongerKeywordAreNotCountedAgainInTheSameTopic() {
        List<TopicKeywords> topics = List.of(topic("x.pm", "Sujet", "police", "police municipale"));
        Suggestion best = suggester.suggest("La police municipale", topics).orElseThrow();
        assertEquals(List.of("police municipale"), best.matched());
        assertEquals(2.5, best.score());
    }

    @Test
    void keywordsMatchAcrossHyphenationAndCompounding() {
        List<TopicKeywords> compound = List.of(topic("x.a", "Sujet", "préplainte"));
        List<TopicKeywords> split = List.of(topic("x.b", "Sujet", "pré-plainte"));
        assertTrue(suggester.suggest("une pré-plainte", compound).isPresent());
        assertTrue(suggester.suggest("une préplainte", split).isPresent());
        assertTrue(suggester.suggest("une pré plainte", compound).isPresent());
    }

    @Test
    void titleWordsCountALittle() {
        List<TopicKeywords> topics = List.of(
                topic("x.a", "Voirie", "trottoir"),
                topic("x.b", "Éclairage public", "chaussée"));
        Suggestion best = suggester.suggest("L'éclairage du trottoir et de la chaussée est en panne", topics)
                .orElseThrow();
        assertEquals("x.b", best.topicCode());
        assertEquals(1.5, best.score());
        assertEquals(List.of("chaussée", "Éclairage"), best.matched());
    }

    @Test
    void aSingleTitleWordIsNotEnoughToSuggest() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Éclairage public", "lampadaire"));
        assertEquals(Optional.empty(), suggester.suggest("L'éclairage de la salle", topics));
    }

    @Test
    void tiesGoToTheTopicListedFirst() {
        TopicKeywords vols = topic("x.vols", "Un", "vol");
        TopicKeywords commerce = topic("x.commerce", "Deux", "commerçants");
        String text = "Les commerçants se plaignent des vols";
        assertEquals("x.vols", suggester.suggest(text, List.of(vols, commerce)).orElseThrow().topicCode());
        assertEquals("x.commerce", suggester.suggest(text, List.of(commerce, vols)).orElseThrow().topicCode());
    }

    @Test
    void repeatedKeywordCountsMoreButLessThanDistinctKeywords() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Sujet", "caméra", "vidéo"));
        double once = suggester.suggest("une caméra", topics).orElseThrow().score();
        double twice = suggester.suggest("une caméra, encore une caméra", topics).orElseThrow().score();
        double distinct = suggester.suggest("une caméra et une vidéo", topics).orElseThrow().score();
        assertTrue(once < twice && twice < distinct, once + " < " + twice + " < " + distinct);
    }

    @Test
    void matchedKeywordsAreReportedAsWrittenInListOrder() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Sujet", "Vidéo", "caméra de surveillance", "CNIL"));
        Suggestion best = suggester.suggest("La CNIL contrôle les caméras de surveillance et la vidéo", topics)
                .orElseThrow();
        assertEquals(List.of("Vidéo", "caméra de surveillance", "CNIL"), best.matched());
    }

    @Test
    void ranksAllMatchingTopicsBestFirst() {
        List<Suggestion> ranked = suggester.rank(
                "Les empreintes et l'ADN sont-ils relevés après un cambriolage ?", CampaignKeywords2009.TOPICS);
        assertEquals(List.of("modernisation.pts", "proximite.cambriolages"),
                ranked.stream().map(Suggestion::topicCode).toList());
    }

    @Test
    void givesTheSameAnswerForEqualTopicListsAndAfterManyLists() {
        for (int i = 0; i < 100; i++) {
            List<TopicKeywords> topics = List.of(topic("x." + i, "Sujet", "radar"));
            assertEquals("x." + i, suggester.suggest("un radar", topics).orElseThrow().topicCode());
        }
        assertEquals(codeFor("un radar"), codeFor("un radar"));
    }

    @Test
    void aThesaurusSynonymOfAKeywordCountsALittleAndNeverTakesAnotherTopicsKeyword(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("th.dat");
        Files.writeString(file, "UTF-8\nvélo|1\n(Nom)|bicyclette|biclou\nvol|1\n(Nom)|cambriolage|pillage\n");
        Thesaurus thesaurus = Thesaurus.read(file).orElseThrow();
        Options d = Options.DEFAULT;
        Options lowMinimum = new Options(true, true, false, 0.1, d.neighbours(), d.exampleWeight(),
                d.exampleMinSimilarity(), false, 0.3);
        List<TopicKeywords> topics = List.of(topic("x.route", "Un", "vélo"), topic("x.vols", "Deux", "vol"),
                topic("x.cambriolages", "Trois", "cambriolage"));
        TopicSuggester withSynonyms = new TopicSuggester(new FrenchText(), thesaurus, List.of(), lowMinimum);
        Suggestion bicycle = withSynonyms.suggest("Une bicyclette", topics).orElseThrow();
        assertEquals("x.route", bicycle.topicCode());
        assertEquals(0.3, bicycle.score(), 1e-9);
        assertEquals(List.of("bicyclette"), bicycle.matched());
        assertEquals(List.of("x.cambriolages"), withSynonyms.rank("Un cambriolage", topics).stream()
                .map(Suggestion::topicCode).toList());
        assertEquals(List.of("x.vols"), withSynonyms.rank("Un pillage", topics).stream()
                .map(Suggestion::topicCode).toList());
        TopicSuggester keywordsOnly = new TopicSuggester(new FrenchText(), Thesaurus.NONE, List.of(), lowMinimum);
        assertEquals(Optional.empty(), keywordsOnly.suggest("Une bicyclette", topics));
        assertEquals(Optional.empty(), new TopicSuggester(new FrenchText(), thesaurus, topics, d).suggest("Une bicyclette"));
    }

    @Test
    void theLearntModelTurnsWordsTheKeywordsGotWrongTowardsTheConfirmedTopic() {
        Options d = Options.DEFAULT;
        Options modelOnly = new Options(true, true, false, d.minScore(), 0, 0, d.exampleMinSimilarity(), true, 0);
        TopicSuggester learning = new TopicSuggester(new FrenchText(), Thesaurus.NONE, List.of(), modelOnly);
        List<TopicKeywords> topics = List.of(topic("x.a", "Un", "caméra"), topic("x.b", "Deux", "quai"));
        String text = "Une caméra sur le quai de la gare routière";
        assertEquals("x.a", learning.suggest(text, topics, List.of()).orElseThrow().topicCode());
        List<TopicExample> confirmed = List.of(new TopicExample("x.b", "La gare routière n'a pas de caméra"),
                new TopicExample("x.b", "Insécurité à la gare routière le soir, une caméra ne suffit pas"),
                new TopicExample("x.a", "Une caméra devant la mairie"));
        Suggestion learnt = learning.suggest(text, topics, confirmed).orElseThrow();
        assertEquals("x.b", learnt.topicCode());
        assertTrue(learnt.matched().contains("exemples confirmés"), learnt.matched().toString());
        assertEquals(learnt, learning.suggest(text, topics, List.copyOf(confirmed)).orElseThrow(), "deterministic");
    }

    @Test
    void aGenericMeasureYieldsToAMoreSpecificTopicThatAlsoReachesTheMinimum() {
        List<TopicKeywords> topics = List.of(
                new TopicKeywords("x.presence", "Un", List.of("patrouilles", "policiers", "effectifs"),
                        TopicKeywords.Role.GENERIC),
                new TopicKeywords("x.vols", "Deux", List.of("cambriolages"), TopicKeywords.Role.PROBLEM),
                new TopicKeywords("x.route", "Trois", List.of("radar^0.5"), TopicKeywords.Role.PROBLEM));
        String text = "Plus de patrouilles et de policiers contre les cambriolages";
        assertEquals("x.vols", suggester.suggest(text, topics).orElseThrow().topicCode());
        assertEquals(List.of("x.vols", "x.presence"), suggester.rank(text, topics).stream()
                .map(Suggestion::topicCode).toList());
        // without roles, or with the switch off, the score alone decides
        List<TopicKeywords> noRoles = topics.stream()
                .map(t -> new TopicKeywords(t.code(), t.title(), t.keywords())).toList();
        assertEquals("x.presence", suggester.suggest(text, noRoles).orElseThrow().topicCode());
        TopicSuggester off = new TopicSuggester(new FrenchText(), Thesaurus.NONE, topics,
                Options.DEFAULT.withRoles(false));
        assertEquals("x.presence", off.suggest(text).orElseThrow().topicCode());
        // a topic below the minimum score, or far below the generic one, does not take its place
        assertEquals("x.presence", suggester.suggest("Des patrouilles, des policiers, un radar", topics)
                .orElseThrow().topicCode());
        assertEquals("x.presence", suggester.suggest(
                "Des patrouilles, des policiers, des effectifs, des patrouilles encore : et les cambriolages", topics)
                .orElseThrow().topicCode());
    }

    @Test
    void theRoleIsReadFromTheCampaignDataAndUnknownValuesMeanNone() {
        assertEquals(TopicKeywords.Role.GENERIC, TopicKeywords.Role.of(" generic "));
        assertEquals(TopicKeywords.Role.MEASURE, TopicKeywords.Role.of("MEASURE"));
        assertEquals(TopicKeywords.Role.UNSPECIFIED, TopicKeywords.Role.of(null));
        assertEquals(TopicKeywords.Role.UNSPECIFIED, TopicKeywords.Role.of("autre"));
    }

    @Test
    void examplesConfirmedAsNoTopicTeachAbstention() {
        List<TopicKeywords> topics = List.of(topic("x.a", "Un", "caméra"), topic("x.b", "Deux", "radar"));
        String text = "La caméra de mon téléphone portable est cassée";
        assertEquals("x.a", suggester.suggest(text, topics, List.of()).orElseThrow().topicCode());
        List<TopicExample> confirmed = List.of(
                new TopicExample(TopicExample.NONE, "La caméra de mon téléphone portable ne marche plus"),
                new TopicExample(TopicExample.NONE, "Une caméra pour mon téléphone portable"),
                new TopicExample("x.a", "Une caméra de surveillance devant la mairie"),
                new TopicExample("x.b", "Un radar devant l'école"));
        assertEquals(Optional.empty(), suggester.suggest(text, topics, confirmed));
        assertEquals("x.a", suggester.suggest("Une caméra de surveillance sur la place", topics, confirmed)
                .orElseThrow().topicCode());
    }

    @Test
    void withoutKeywordsTheExamplesDecideAlone() {
        List<TopicKeywords> topics = List.of(topic("x.a", ""), topic("x.b", ""));
        List<TopicExample> confirmed = List.of(
                new TopicExample("x.a", "Les trottinettes roulent sur les trottoirs"),
                new TopicExample("x.a", "Trottinettes trop rapides sur le trottoir du marché"),
                new TopicExample("x.a", "Des trottinettes électriques partout sur les trottoirs"),
                new TopicExample("x.b", "On m'a volé mon vélo à la gare"),
                new TopicExample("x.b", "Vols de vélos devant la gare"),
                new TopicExample("x.b", "Encore un vélo volé au parking de la gare"));
        assertEquals(Optional.empty(), suggester.suggest("Une trottinette sur le trottoir", topics, List.of()));
        assertEquals("x.a", suggester.suggest("Une trottinette sur le trottoir", topics, confirmed).orElseThrow()
                .topicCode());
        assertEquals("x.b", suggester.suggest("Mon vélo a été volé près de la gare", topics, confirmed)
                .orElseThrow().topicCode());
        assertEquals(Optional.empty(), suggester.suggest("Bonjour à tous", topics, confirmed));
    }

    private static TopicKeywords topic(String code, String title, String... keywords) {
        return new TopicKeywords(code, title, List.of(keywords));
    }

    @Test
    void aKeywordWrittenWithATypoCountsALittleButNeverDecidesAlone() {
        List<TopicKeywords> topics = List.of(
                new TopicKeywords("b", "Second", List.of("stationnement")),
                new TopicKeywords("a", "Premier", List.of("cambriolage", "effraction")));
        TopicSuggester exact = new TopicSuggester(new FrenchText(), Thesaurus.NONE, topics,
                Options.DEFAULT.withNear(0));
        TopicSuggester typos = new TopicSuggester(new FrenchText(), Thesaurus.NONE, topics, Options.DEFAULT);
        // a typo ("cambriolagle") next to an exact word tips the balance (without it: a tie, the first topic)
        String text = "Un cambriolagle avec effraction, et du stationnement gênant";
        assertEquals("b", exact.suggest(text).orElseThrow().topicCode());
        assertEquals("a", typos.suggest(text).orElseThrow().topicCode());
        assertEquals(1 + TopicSuggester.TYPO_WEIGHT, typos.rank(text, topics).get(0).score(), 1e-9);
        // a typo alone is not enough
        assertTrue(typos.suggest("Encore un cambriolagle").isEmpty());
        // short words are never typos of one another; equal stems match exactly, not as typos
        assertTrue(!TopicSuggester.near("vol", "vil") && !TopicSuggester.near("camera", "camera"));
        assertTrue(TopicSuggester.near("camera", "camerra") && TopicSuggester.near("camera", "caemra")
                && TopicSuggester.near("camera", "camora") && TopicSuggester.near("cambriolag", "cambrolag"));
        assertTrue(!TopicSuggester.near("camera", "cinema") && !TopicSuggester.near("police", "polices2x"));
    }
}
