package fr.parlonsen.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parlonsen.question.PersonalDataMasker.Detection;
import fr.parlonsen.question.PersonalDataMasker.Masked;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # e-mail addresses
            Écrivez-moi à jean.dupont@example.fr pour en parler       | Écrivez-moi à [courriel masqué] pour en parler
            Contact : marie-claire_2009@mairie-nantes.gouv.fr.        | Contact : [courriel masqué].
            # telephone numbers
            Mon numéro : 06 12 34 56 78, merci                        | Mon numéro : [téléphone masqué], merci
            Appelez le 06.12.34.56.78 avant midi                      | Appelez le [téléphone masqué] avant midi
            Tél. 0612345678                                           | Tél. [téléphone masqué]
            Joignable au +33 6 12 34 56 78 le soir                    | Joignable au [téléphone masqué] le soir
            Joignable au +33 (0)6 12 34 56 78                         | Joignable au [téléphone masqué]
            Appeler le 01-23-45-67-89                                 | Appeler le [téléphone masqué]
            Numéro 0033 6 12 34 56 78                                 | Numéro [téléphone masqué]
            Fixe : 02 40 12 34 56 ou portable 07 98 76 54 32          | Fixe : [téléphone masqué] ou portable [téléphone masqué]
            # street addresses
            J'habite au 12 rue des Lilas depuis dix ans               | J'habite au [adresse masquée] depuis dix ans
            J'habite au 12 rue des lilas depuis dix ans               | J'habite au [adresse masquée] depuis dix ans
            Au 3 bis avenue Jean-Jaurès il y a du bruit               | Au [adresse masquée] il y a du bruit
            Réunion au 45, boulevard de la République                 | Réunion au [adresse masquée]
            Le 7 chemin des Vignes est mal éclairé                    | Le [adresse masquée] est mal éclairé
            Cambriolage au 2 impasse du Moulin hier                   | Cambriolage au [adresse masquée] hier
            Au 14 allée des Tilleuls, 44000 Nantes, les jeunes crient | Au [adresse masquée], les jeunes crient
            Rendez-vous 1 place de la Mairie                          | Rendez-vous [adresse masquée]
            La maison du 8 route de Paris a été cambriolée            | La maison du [adresse masquée] a été cambriolée
            Au 5 quai de la Loire les voitures vont vite              | Au [adresse masquée] les voitures vont vite
            Il habite 10 cours Saint-Pierre                           | Il habite [adresse masquée]
            Au 22 lotissement Les Acacias, vols répétés               | Au [adresse masquée], vols répétés
            Au 4 résidence du Parc, les caves sont squattées          | Au [adresse masquée], les caves sont squattées
            Au 12 rue du 8 Mai 1945 il y a des tags                   | Au [adresse masquée] il y a des tags
            Au 3 RUE VICTOR HUGO ça crie                              | Au [adresse masquée] ça crie
            # licence plates
            La voiture AB-123-CD stationne toute la journée           | La voiture [immatriculation masquée] stationne toute la journée
            Le véhicule immatriculé AB 123 CD roule vite              | Le véhicule immatriculé [immatriculation masquée] roule vite
            Une moto EF456GH sans casque                              | Une moto [immatriculation masquée] sans casque
            Voiture ab-123-cd garée sur le trottoir                   | Voiture [immatriculation masquée] garée sur le trottoir
            Une vieille 205 immatriculée 1234 AB 56 est abandonnée    | Une vieille 205 immatriculée [immatriculation masquée] est abandonnée
            Une 4L 123 ABC 2A en Corse                                | Une 4L [immatriculation masquée] en Corse
            # names after a civility
            M. Dupont a été cambriolé                                 | M. [nom masqué] a été cambriolé
            Mme Martin se plaint du bruit                             | Mme [nom masqué] se plaint du bruit
            Mlle Durand a vu les jeunes                               | Mlle [nom masqué] a vu les jeunes
            Monsieur Jean-Pierre Moreau habite là                     | Monsieur [nom masqué] habite là
            monsieur Jean-Pierre Moreau habite là                     | monsieur [nom masqué] habite là
            Madame de La Fontaine a appelé                            | Madame [nom masqué] a appelé
            Me Lefebvre représente la famille                         | Me [nom masqué] représente la famille
            Dr Bernard soigne les victimes                            | Dr [nom masqué] soigne les victimes
            M. Le Goff est inquiet                                    | M. [nom masqué] est inquiet
            M. d'Estaing est venu                                     | M. [nom masqué] est venu
            Mme Marie Dupuis-Lemoine en a parlé                       | Mme [nom masqué] en a parlé
            Merci M. le Maire et Mme Dupont                           | Merci M. le Maire et Mme [nom masqué]
            # several kinds at once
            Contactez M. Dupont au 06 12 34 56 78 ou jean@exemple.fr  | Contactez M. [nom masqué] au [téléphone masqué] ou [courriel masqué]
            """)
    void masksPersonalData(String text, String expected) {
        Masked masked = masker.mask(text);
        assertEquals(expected, masked.text());
        assertTrue(masked.hasPersonalData());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # officials named by their title
            M. le Préfet a présidé la réunion
            Mme la Maire a répondu aux questions
            Monsieur le sous-préfet est venu
            Monsieur Le Maire a pris la parole
            Madame La Présidente a ouvert la séance
            M. le Commissaire Divisionnaire a répondu
            Madame, Monsieur, je vous écris
            Me voici devant vous
            # dates, times, amounts, numbers
            La réunion du 16 mars 2009 à 18 h 30 à la salle des fêtes
            Rendez-vous à 18h30 le 12/03/2009
            Le 01.02.2009 au matin
            Un budget de 1 500 000 euros pour les caméras
            Le prix est passé de 12,50 € à 15 €
            En 2009, 3 000 cambriolages ont eu lieu
            Plus de 500 personnes étaient présentes le 16/03/2009
            Appelez le 17 ou le 112 en cas d'urgence
            Le numéro vert 0 800 123 456 est gratuit
            # postcodes, roads, ordinary words after a number
            Le code postal 44000 concerne Nantes
            Bouchons sur l'A4 et la RN 2 tous les matins
            La D 937 est dangereuse au niveau du km 12
            Les 3 rues principales sont mal éclairées
            Il y a 2 places de parking pour 40 logements
            Mon fils suit 2 cours de judo par semaine
            Il y a 12 résidences secondaires dans la commune
            Le 1 chemin de terre est impraticable
            Article L. 2212-2 du code général des collectivités territoriales
            Les caméras installées place de la mairie servent-elles vraiment ?
            Il y a trop de cambriolages dans notre lotissement depuis l'été
            Pas d'adresse courriel, écrivez à la mairie
            """)
    void leavesOrdinaryTextAlone(String text) {
        Masked masked = masker.mask(text);
        assertEquals(text, masked.text());
        assertFalse(masked.hasPersonalData(), () -> masked.detections().toString());
    }

    @Test
    void reportsEachDetectionWithItsKindAndPlaceInTheOriginalText() {
        String text = "M. Dupont, 12 rue des Lilas, 06 12 34 56 78, jean@exemple.fr, voiture AB-123-CD";
        List<Detection> detections = masker.mask(text).detections();
        assertEquals(List.of("nom", "adresse", "telephone", "email", "immatriculation"),
                detections.stream().map(Detection::kind).toList());
        assertEquals(List.of("Dupont", "12 rue des Lilas", "06 12 34 56 78", "jean@exemple.fr", "AB-123-CD"),
                detections.stream().map(Detection::original).toList());
        for (Detection d : detections) {
            assertEquals(d.original(), text.substring(d.start(), d.end()));
        }
    }

    @Test
    void keepsTheCivilityAndMasksOnlyTheName() {
        Detection name = masker.mask("Bonjour Madame Martin").detections().get(0);
        assertEquals(new Detection(PersonalDataMasker.NOM, 15, 21, "Martin"), name);
    }

    @Test
    void anEmailIsMaskedWholeEvenWhenItContainsAPhoneNumber() {
        Masked masked = masker.mask("Écrire à jean.0612345678@exemple.fr");
        assertEquals("Écrire à [courriel masqué]", masked.text());
        assertEquals(1, masked.detections().size());
    }

    @Test
    void aNameInsideAnAddressIsPartOfTheAddress() {
        Masked masked = masker.mask("Au 3 avenue du Docteur Schweitzer");
        assertEquals("Au [adresse masquée]", masked.text());
        assertEquals(List.of(PersonalDataMasker.ADRESSE),
                masked.detections().stream().map(Detection::kind).toList());
    }

    @Test
    void masksEveryOccurrence() {
        Masked masked = masker.mask("06 12 34 56 78 puis 06 98 76 54 32");
        assertEquals("[téléphone masqué] puis [téléphone masqué]", masked.text());
        assertEquals(2, masked.detections().size());
    }

    @Test
    void handlesNonBreakingSpaces() {
        assertEquals("Tél. : [téléphone masqué]", masker.mask("Tél. : 06\u00A012\u00A034\u00A056\u00A078").text());
        assertEquals("M.\u00A0[nom masqué] est là", masker.mask("M.\u00A0Dupont est là").text());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullOrEmptyTextGivesEmptyResult(String text) {
        Masked masked = masker.mask(text);
        assertEquals("", masked.text());
        assertEquals(List.of(), masked.detections());
    }
}
