package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic remarks of public meetings on security, written for the tests (never taken from evaluation data):
 * for each idea, several ways people put it, with the typos, short forms and mixed ideas of real minutes.
 */
final class RealisticMinutes {
    private RealisticMinutes() {
    }

    static final List<List<String>> STRENGTHS = List.of(
            List.of("Les gendarmes connaissent bien les habitants du village",
                    "Bonne connaissance du terrain par les gendarmes de la brigade",
                    "Les gendarmes sont proches de la population et la connaissent",
                    "gendarmerie proche des habitants"),
            List.of("La police municipale intervient rapidement",
                    "Réactivité de la police municipale appréciée",
                    "Quand on appelle la police municipale elle vient vite"),
            List.of("Le dispositif voisins vigilants fonctionne bien dans le lotissement",
                    "Voisins vigilants : une vraie solidarité entre habitants",
                    "La participation citoyenne (voisins vigilants) donne de bons résultats"),
            List.of("Les caméras de vidéoprotection ont permis d'élucider des vols",
                    "La vidéoprotection aide à retrouver les auteurs de cambriolages",
                    "Grâce aux caméras, plusieurs vols ont été résolus"),
            List.of("Bonne coopération entre la mairie et la gendarmerie",
                    "La mairie et la brigade travaillent bien ensemble",
                    "Coopération efficace entre élus et gendarmes"));

    static final List<List<String>> WEAKNESSES = List.of(
            List.of("Trop de vitesse dans la traversée du village",
                    "Les voitures roulent trop vite dans le bourg",
                    "Vitesse excessive des automobilistes en centre-bourg",
                    "la vitesse en agglomération est un vrai danger pour les enfants"),
            List.of("Les cambriolages augmentent dans les maisons isolées",
                    "Hausse des cambriolages dans la commune",
                    "Plusieurs cambriolages de résidences ces derniers mois",
                    "cambriolages en hausse, les habitants ont peur"),
            List.of("La brigade de gendarmerie ferme trop tôt le soir",
                    "Horaires d'ouverture de la brigade trop réduits",
                    "Brigade fermée le week-end, on ne peut pas porter plainte"),
            List.of("Des jeunes traînent le soir devant la salle des fêtes",
                    "Rassemblements de jeunes la nuit sur la place",
                    "Groupes de jeunes bruyants le soir près de l'abribus"),
            List.of("Le trafic de drogue au pied des immeubles inquiète",
                    "Présence de dealers près du collège",
                    "Trafic de stupéfiants visible dans le quartier de la gare"),
            List.of("Manque de présence des gendarmes sur le terrain",
                    "On ne voit plus de patrouilles de gendarmerie",
                    "Absence de patrouilles dans les villages la nuit"),
            List.of("Les incivilités se multiplient : dépôts sauvages, tags",
                    "Incivilités quotidiennes, déchets jetés, dégradations",
                    "Dégradations du mobilier urbain et tags sur les murs"));

    static final List<List<String>> PROPOSALS = List.of(
            List.of("Installer un radar pédagogique rue principale",
                    "Mettre des radars pédagogiques à l'entrée du village",
                    "Installer des ralentisseurs et un radar devant l'école",
                    "radar pédagogique et contrôles de vitesse plus fréquents"),
            List.of("Installer des caméras de vidéoprotection sur la place",
                    "Développer la vidéoprotection aux entrées de la commune",
                    "Plus de caméras près de la gare et des commerces"),
            List.of("Développer le dispositif voisins vigilants",
                    "Étendre la participation citoyenne à tous les quartiers",
                    "Créer un réseau de voisins vigilants dans chaque hameau"),
            List.of("Augmenter les patrouilles de gendarmerie la nuit",
                    "Plus de patrouilles le soir et le week-end",
                    "Renforcer la présence des gendarmes sur le terrain"),
            List.of("Permettre la pré-plainte en ligne",
                    "Pouvoir déposer plainte sur internet",
                    "Développer la plainte en ligne pour éviter les déplacements"),
            List.of("Organiser des réunions régulières entre habitants et gendarmes",
                    "Rencontres régulières avec la brigade pour faire le point",
                    "Une réunion publique sur la sécurité chaque année"),
            List.of("Renforcer la prévention auprès des jeunes dans les collèges",
                    "Interventions de prévention des gendarmes dans les écoles",
                    "Actions de prévention des addictions auprès des adolescents"),
            List.of("Améliorer l'éclairage public dans les rues sombres",
                    "Rallumer l'éclairage public la nuit dans les lotissements"));

    /** n remarks from n different ideas, each in one of its wordings. */
    static List<String> pick(List<List<String>> ideas, int n, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ideas.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, order.size()); k++) {
            List<String> wordings = ideas.get(order.get(k));
            out.add(wordings.get(random.nextInt(wordings.size())));
        }
        return out;
    }
}
