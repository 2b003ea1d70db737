package fr.parlonsen.analysis;

import java.util.List;

/**
 * The nineteen sub-topics of the 2009 campaign « Vos libertés, votre sécurité : parlons-en ensemble », in the
 * campaign's order, with the words citizens and minutes use for them: a fixture for the unit tests of the
 * suggester. The application reads the campaign's own topics from its data (Flyway seed), never this list.
 */
public final class CampaignKeywords2009 {

    public static final List<TopicKeywords> TOPICS = List.of(
            topic("modernisation.videoprotection", "Vidéo-protection",
                    "vidéoprotection", "vidéosurveillance", "vidéo", "caméra", "caméra de surveillance",
                    "filmer", "images enregistrées", "centre de supervision urbain"),
            topic("modernisation.fichiers", "Fichiers de police",
                    "fichier", "fichage", "fiché", "STIC", "EDVIGE", "données personnelles", "CNIL",
                    "casier judiciaire", "base de données"),
            topic("modernisation.cybercriminalite", "Cybercriminalité",
                    "cybercriminalité", "internet", "arnaque", "escroquerie en ligne", "piratage", "pirate",
                    "hameçonnage", "réseaux sociaux", "pédopornographie", "carte bancaire"),
            topic("modernisation.pts", "Police technique et scientifique",
                    "police scientifique", "police technique", "ADN", "empreintes", "empreintes digitales",
                    "prélèvements", "traces", "laboratoire", "FNAEG"),
            topic("modernisation.ordre-public", "Ordre public et manifestations",
                    "manifestation", "manifestant", "ordre public", "CRS", "gendarmes mobiles", "casseurs",
                    "émeutes", "violences urbaines", "rassemblement", "maintien de l'ordre"),
            topic("proximite.cambriolages", "Délinquance de voie publique et cambriolages",
                    "cambriolage", "cambrioleur", "cambriolé", "vol", "vol à l'arraché", "agression",
                    "dégradations", "vandalisme", "voitures brûlées", "délinquance"),
            topic("proximite.securite-routiere", "Sécurité routière",
                    "sécurité routière", "vitesse", "radar", "accident", "alcool au volant", "permis de conduire",
                    "chauffard", "piéton", "piste cyclable", "circulation"),
            topic("proximite.violences-intrafamiliales", "Violences intrafamiliales",
                    "violences conjugales", "violences intrafamiliales", "violences faites aux femmes",
                    "femmes battues", "conjoint", "maltraitance", "enfants maltraités", "inceste"),
            topic("proximite.stupefiants", "Stupéfiants",
                    "stupéfiants", "drogue", "cannabis", "dealer", "trafic de drogue", "toxicomanie",
                    "héroïne", "cocaïne", "seringues"),
            topic("proximite.aide-victimes", "Aide aux victimes",
                    "victime", "aide aux victimes", "association d'aide aux victimes", "indemnisation",
                    "accompagnement", "soutien psychologique", "préjudice", "écoute"),
            topic("proximite.demarches-en-ligne", "Démarches et pré-plaintes en ligne",
                    "pré-plainte", "plainte en ligne", "plainte sur internet", "démarches en ligne",
                    "site internet", "formulaire", "téléprocédure", "démarche administrative"),
            topic("proximite.presence", "Présence et visibilité",
                    "présence policière", "présence", "visibilité", "patrouille", "îlotage", "îlotier",
                    "police de proximité", "ronde", "policier"),
            topic("proximite.accueil", "Accueil du public",
                    "accueil", "commissariat", "gendarmerie", "attente", "guichet", "horaires d'ouverture",
                    "porter plainte", "dépôt de plainte", "hôtel de police"),
            topic("partage.clspd", "Prévention et partenariat (CLSPD)",
                    "CLSPD", "conseil local de sécurité et de prévention de la délinquance",
                    "prévention de la délinquance", "prévention", "partenariat", "contrat local de sécurité",
                    "médiation", "cellule de veille", "correspondants de nuit"),
            topic("partage.polices-municipales", "Polices municipales",
                    "police municipale", "policiers municipaux", "agent municipal", "garde champêtre", "ASVP",
                    "pouvoirs de police du maire", "arrêté municipal", "armement"),
            topic("partage.securite-privee", "Sécurité privée",
                    "sécurité privée", "vigile", "agent de sécurité", "gardiennage", "société de sécurité",
                    "télésurveillance", "alarme", "maître-chien", "transport de fonds"),
            topic("partage.reseaux", "Réseaux d'acteurs territoriaux",
                    "réseau", "acteurs locaux", "bailleurs sociaux", "bailleur", "transporteur", "commerçants",
                    "référent sûreté", "diagnostic de sécurité", "élus"),
            topic("partage.jeunesse", "Jeunesse",
                    "jeunes", "décrochage scolaire", "mineurs", "adolescents", "bande de jeunes", "collège", "lycée",
                    "école", "éducateurs", "parents"),
            topic("partage.citoyen", "Rôle du citoyen",
                    "citoyen", "participation citoyenne", "voisins vigilants", "vigilance", "signaler",
                    "témoin", "civisme", "réserve civile", "appeler le 17"));

    private CampaignKeywords2009() {
    }

    private static TopicKeywords topic(String code, String title, String... keywords) {
        return new TopicKeywords(code, title, List.of(keywords));
    }
}
