package fr.parlonsen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parlonsen.analysis.SimilarityGrouper.Group;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimilarityGrouperTest {

    /** Remarks as they come out of several meetings: paraphrases among unrelated remarks. */
    private static final List<String> REMARKS = List.of(
            "Manque de présence policière la nuit dans le centre-ville",
            "On ne voit jamais de policiers le soir en centre ville",
            "Absence de patrouilles nocturnes au centre-ville",
            "Les pistes cyclables sont dangereuses",
            "Les cambriolages augmentent",
            "Les cambriolages sont de plus en plus nombreux dans les lotissements",
            "Hausse des cambriolages dans les quartiers pavillonnaires",
            "Installer des caméras de vidéoprotection sur la place du marché",
            "Mettre des caméras sur la place du marché",
            "Les jeunes traînent le soir devant le collège",
            "Des groupes de jeunes stationnent le soir devant le collège",
            "Bonne coopération entre la police municipale et la gendarmerie",
            "La police municipale et la gendarmerie travaillent bien ensemble",
            "Trop de vitesse sur la route départementale",
            "Les voitures roulent trop vite sur la départementale",
            "Délais d'attente trop longs au commissariat pour porter plainte",
            "L'accueil au commissariat est trop long quand on veut porter plainte",
            "Le trafic de drogue au pied des immeubles",
            "Merci pour l'organisation de cette réunion",
            "Les caméras du parking de la gare sont souvent en panne",
            "Renforcer l'éclairage public dans les rues sombres",
            "Les habitants ne connaissent pas les policiers de leur quartier",
            "Les femmes victimes de violences conjugales hésitent à porter plainte",
            "Mieux accompagner les victimes de violences conjugales",
            "Développer la pré-plainte en ligne",
            "Pouvoir déposer une pré-plainte sur internet",
            "Le CLSPD ne se réunit plus depuis deux ans",
            "Les rodéos de motos le week-end dans la cité",
            "Des motos font des rodéos tous les week-ends dans le quartier",
            "Les arnaques sur internet visent les personnes âgées",
            "Les personnes âgées sont victimes d'escroqueries en ligne",
            "Les vigiles des commerces manquent de formation",
            "Bonne réactivité de la gendarmerie lors des appels au 17",
            "La gendarmerie intervient vite quand on appelle le 17");

    private final SimilarityGrouper grouper = new SimilarityGrouper();

    private List<Group<String>> groupRemarks() {
        return grouper.group(REMARKS, Function.identity());
    }

    private static Group<String> groupOf(List<Group<String>> groups, String text) {
        return groups.stream().filter(g -> g.members().contains(text)).findFirst().orElseThrow();
    }

    private static void assertTogether(List<Group<String>> groups, String... texts) {
        Group<String> first = groupOf(groups, texts[0]);
        for (String text : texts) {
            assertTrue(first.members().contains(text), text + " is not with " + texts[0] + ": " + first.members());
        }
    }

    private static void assertApart(List<Group<String>> groups, String one, String other) {
        assertNotEquals(groupOf(groups, one), groupOf(groups, other), one + " / " + other);
    }

    @Test
    void groupsParaphrasesOfTheSameRemark() {
        List<Group<String>> groups = groupRemarks();
        assertTogether(groups, "Manque de présence policière la nuit dans le centre-ville",
                "On ne voit jamais de policiers le soir en centre ville",
                "Absence de patrouilles nocturnes au centre-ville");
        assertTogether(groups, "Les cambriolages augmentent",
                "Les cambriolages sont de plus en plus nombreux dans les lotissements",
                "Hausse des cambriolages dans les quartiers pavillonnaires");
        assertTogether(groups, "Installer des caméras de vidéoprotection sur la place du marché",
                "Mettre des caméras sur la place du marché");
        assertTogether(groups, "Les jeunes traînent le soir devant le collège",
                "Des groupes de jeunes stationnent le soir devant le collège");
        assertTogether(groups, "Trop de vitesse sur la route départementale",
                "Les voitures roulent trop vite sur la départementale");
        assertTogether(groups, "Développer la pré-plainte en ligne", "Pouvoir déposer une pré-plainte sur internet");
        assertTogether(groups, "Les rodéos de motos le week-end dans la cité",
                "Des motos font des rodéos tous les week-ends dans le quartier");
        assertTogether(groups, "Les arnaques sur internet visent les personnes âgées",
                "Les personnes âgées sont victimes d'escroqueries en ligne");
    }

    @Test
    void keepsUnrelatedRemarksApart() {
        List<Group<String>> groups = groupRemarks();
        assertApart(groups, "Les pistes cyclables sont dangereuses", "Les cambriolages augmentent");
        assertApart(groups, "Manque de présence policière la nuit dans le centre-ville",
                "Les jeunes traînent le soir devant le collège");
        assertApart(groups, "Développer la pré-plainte en ligne",
                "Les personnes âgées sont victimes d'escroqueries en ligne");
        assertEquals(1, groupOf(groups, "Merci pour l'organisation de cette réunion").size());
        assertEquals(1, groupOf(groups, "Le trafic de drogue au pied des immeubles").size());
    }

    @Test
    void unrelatedPairAloneStaysInTwoGroups() {
        List<Group<String>> groups = grouper.group(
                List.of("Les pistes cyclables sont dangereuses", "Les cambriolages augmentent"), Function.identity());
        assertEquals(2, groups.size());
    }

    @Test
    void doesNotChainRemarksThatOnlyOverlapStepByStep() {
        List<String> chain = List.of("caméras parking gare", "parking gare vélos", "gare vélos pistes",
                "vélos pistes cyclables", "pistes cyclables éclairage", "cyclables éclairage trottoirs");
        List<Group<String>> groups = grouper.group(chain, Function.identity());
        assertApart(groups, chain.get(0), chain.get(5));
        assertTrue(groups.size() >= 2);
    }

    @Test
    void representativeIsTheMemberClosestToTheCentroid() {
        List<String> texts = List.of("Des caméras sur la place", "Des caméras au marché",
                "Installer des caméras sur la place du marché", "Installer des caméras place du marché et au parking");
        List<Group<String>> groups = grouper.group(texts, Function.identity());
        assertEquals(1, groups.size());
        assertEquals("Installer des caméras sur la place du marché", groups.get(0).representativeText());
        assertEquals("Installer des caméras sur la place du marché", groups.get(0).representative());
    }

    @Test
    void worksOnAnyItemTypeAndReportsTheItemsThemselves() {
        record Remark(int meeting, String text) {
        }
        List<Remark> remarks = List.of(new Remark(1, "Trop de cambriolages"), new Remark(2, "Les pistes cyclables"),
                new Remark(3, "Les cambriolages, il y en a trop !"));
        List<Group<Remark>> groups = grouper.group(remarks, Remark::text);
        assertEquals(List.of(remarks.get(0), remarks.get(2)), groups.get(0).members());
        assertEquals(List.of(remarks.get(1)), groups.get(1).members());
        assertEquals(2, groups.get(0).size());
    }

    @Test
    void identicalTextsAlwaysGoTogetherEvenAtThresholdOne() {
        List<String> texts = List.of("Plus de caméras !", "Moins de vitesse", "plus de CAMERAS", "Plus de caméras !");
        List<Group<String>> groups = grouper.group(texts, Function.identity(), 1.0);
        assertEquals(List.of("Plus de caméras !", "plus de CAMERAS", "Plus de caméras !"), groups.get(0).members());
        assertEquals(1.0, groups.get(0).cohesion(), 1e-9);
        assertEquals(2, groups.size());
    }

    @Test
    void textsWithoutMeaningfulWordsEachStayAlone() {
        List<String> texts = Arrays.asList("", null, "et de la", "  ", "", "caméras", "caméras");
        List<Group<String>> groups = grouper.group(texts, Function.identity());
        assertEquals(6, groups.size());
        assertEquals(List.of("caméras", "caméras"), groups.get(0).members());
        assertEquals("", groups.get(1).representativeText());
        assertEquals("", groups.get(2).representativeText(), "a null text is reported as empty");
    }

    @Test
    void emptyInputGivesNoGroups() {
        assertEquals(List.of(), grouper.group(List.<String>of(), Function.identity()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0001, Double.NaN})
    void rejectsAThresholdOutsideZeroToOne(double threshold) {
        assertThrows(IllegalArgumentException.class, () -> grouper.group(REMARKS, Function.identity(), threshold));
    }

    @Test
    void higherThresholdGivesAtLeastAsManyGroupsOnTheRemarks() {
        int loose = grouper.group(REMARKS, Function.identity(), 0.15).size();
        int usual = grouper.group(REMARKS, Function.identity()).size();
        int strict = grouper.group(REMARKS, Function.identity(), 0.7).size();
        assertTrue(loose <= usual && usual <= strict, loose + " <= " + usual + " <= " + strict);
        assertEquals(REMARKS.size(), grouper.group(REMARKS, Function.identity(), 1.0).size());
    }

    @Test
    void givesTheSameGroupsInTheSameOrderEveryTime() {
        List<String> texts = new ArrayList<>(REMARKS);
        texts.addAll(SyntheticTexts.generate(500, 400, 30, 7));
        List<Group<String>> first = grouper.group(texts, Function.identity());
        assertEquals(first, grouper.group(texts, Function.identity()));
        assertEquals(first, new SimilarityGrouper().group(new LinkedList<>(texts), Function.identity()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everyItemEndsUpInExactlyOneGroupOnRandomData(long seed) {
        Random random = new Random(seed);
        int count = random.nextInt(400);
        List<String> pool = SyntheticTexts.generate(Math.max(1, count / 2), 10 + random.nextInt(300),
                1 + random.nextInt(20), seed);
        List<Integer> items = new ArrayList<>();
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < count; i++) {
            items.add(i);
            int kind = random.nextInt(10);
            // Mostly generated texts, some repeated, some empty or null, some reduced to stop words.
            texts.put(i, kind == 0 ? null : kind == 1 ? "" : kind == 2 ? "et le la" : pool.get(random.nextInt(pool.size())));
        }
        Collections.shuffle(items, random);
        double threshold = 0.05 + 0.95 * random.nextDouble();

        List<Group<Integer>> groups = grouper.group(items, texts::get, threshold);

        assertPartition(items, groups);
    }

    /** Every item in exactly one group, members in input order, groups by size then first appearance. */
    private static <T> void assertPartition(List<T> items, List<Group<T>> groups) {
        Map<T, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i), i);
        }
        List<T> seen = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            Group<T> group = groups.get(g);
            assertTrue(group.size() > 0);
            assertTrue(group.members().contains(group.representative()));
            assertTrue(group.cohesion() > 0 && group.cohesion() <= 1 + 1e-9, "cohesion " + group.cohesion());
            for (int m = 1; m < group.size(); m++) {
                assertTrue(position.get(group.members().get(m - 1)) < position.get(group.members().get(m)));
            }
            if (g > 0) {
                Group<T> previous = groups.get(g - 1);
                assertTrue(previous.size() > group.size() || previous.size() == group.size()
                        && position.get(previous.members().get(0)) < position.get(group.members().get(0)));
            }
            seen.addAll(group.members());
        }
        assertEquals(items.size(), seen.size(), "no item dropped or repeated");
        assertEquals(items.stream().sorted().toList(), seen.stream().sorted().toList());
    }

    @Test
    void aRemarkWithTwoIdeasInOneSentenceIsAlsoRelatedToTheSecondGroup() {
        List<String> texts = new java.util.ArrayList<>();
        String[] places = { "en ville", "au village", "près de l'école", "vers la gare", "dans le quartier",
                "au centre", "en périphérie", "près du marché", "le long du canal", "vers la mairie" };
        for (String place : places) {
            texts.add("Des pistes cyclables pour aller à vélo " + place);
            texts.add("Un composteur collectif pour les déchets verts " + place);
        }
        String both = "Aller à vélo sur des pistes cyclables et trier les déchets verts dans un composteur";
        texts.add(both);
        List<Group<String>> groups = grouper.group(texts, Function.identity());
        Group<String> bikes = groupOf(groups, texts.get(0));
        Group<String> compost = groupOf(groups, texts.get(1));
        assertNotEquals(bikes, compost);
        Group<String> main = groupOf(groups, both);
        Group<String> other = main == bikes ? compost : bikes;
        assertTrue(other.alsoRelated().contains(both), other.label() + " " + other.alsoRelated());
        assertPartition(texts, groups);
        // without the second idea nothing is related
        SimilarityGrouper single = new SimilarityGrouper(new FrenchText(), Thesaurus.shared(),
                SimilarityGrouper.Settings.DEFAULT.with("second", 0));
        assertTrue(single.group(texts, Function.identity()).stream().allMatch(g -> g.alsoRelated().isEmpty()));
    }
}
