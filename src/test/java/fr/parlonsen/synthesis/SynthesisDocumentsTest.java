package fr.parlonsen.synthesis;

import fr.parlonsen.RequiredTools;
import static fr.parlonsen.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The synthesis documents, opened by other software: pdftotext for the PDF, LibreOffice for DOCX and ODT. */
@QuarkusTest
class SynthesisDocumentsTest {
    static final String C = "synthese-documents";
    static final String BASE = "/api/v1/campaigns/" + C + "/departments/02/synthesis";
    static final List<String> PROPOSALS = List.of("Installer des caméras de vidéoprotection près de la gare de Laon",
            "Créer une brigade cycliste pour le centre historique", "Organiser des réunions de quartier avec les gendarmes");
    static boolean ready;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        if (!ready) {
            Meetings.campaignLike2009(C);
            long forum = Meetings.heldForum(C, "Forum de Laon", "0209");
            Meetings.validatedMinutes(forum, 95, List.of("Quand la gendarmerie sera-t-elle ouverte le samedi ?"),
                    List.of("Le partenariat avec la mairie fonctionne"),
                    List.of("Les délais d'intervention la nuit sont trop longs"), PROPOSALS);
            Meetings.heldForum(C, "Forum de Soissons", "0215"); // held, minutes not written: a row, no annex
            as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
            String etag = as("prefecture-02").get(BASE).then().statusCode(200).extract().header("ETag");
            as("prefecture-02").contentType("application/json").header("If-Match", etag)
                    .body(java.util.Map.of("assessment", "La consultation a mobilisé les élus ruraux.\n\nJe retiens "
                            + "d'abord la demande de proximité.", "signatory", java.util.Map.of("name", "Pierre Bayle",
                            "title", "Le préfet de l'Aisne")))
                    .put(BASE).then().log().ifValidationFails().statusCode(200)
                    .body("assessment", org.hamcrest.Matchers.startsWith("La consultation"))
                    .body("signatory.name", org.hamcrest.Matchers.equalTo("Pierre Bayle"));
            ready = true;
        }
    }

    @Test
    void the_pdf_read_back_contains_every_proposal_and_its_annex() throws Exception {
        byte[] pdf = as("prefecture-02").get(BASE + ".pdf").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, as("prefecture-02").get(BASE + ".pdf").asByteArray(), "same version, same bytes");
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "synthese-api-02.pdf"), pdf);
        String text = convert(pdf, "pdf", List.of("pdftotext", "IN", "OUT"), "txt");
        String flat = text.replaceAll("\\s+", " ");
        for (String p : PROPOSALS) {
            assertTrue(flat.contains(p), () -> "missing proposal: " + p);
        }
        for (String expected : List.of("PRÉFET DE L'AISNE", "Liberté", "Égalité", "Fraternité", "PROJET",
                "Délégation à la prospective et à la stratégie (DPS)", "(DICOM)", "Objet :", "Référence :", "Sommaire",
                "Méthode de la consultation", "Appréciation du préfet", "Je retiens d'abord la demande de proximité.",
                "Le préfet de l'Aisne", "Pierre Bayle", "Annexe 1 — Les forums de la consultation",
                "Annexe 2 — Compte rendu : Forum de Laon", "Forum de Soissons", "Tenu, compte rendu en attente",
                "Forum de Laon, ", "— proposition 1", "Relevé à : ")) {
            assertTrue(flat.contains(expected), () -> "missing: " + expected + "\n" + flat);
        }
        assertTrue(flat.contains("Quand la gendarmerie sera-t-elle ouverte le samedi"), "annex holds the minutes");
        assertTrue(!flat.contains("Compte rendu : Forum de Soissons"), "a forum without validated minutes has no annex");
        assertTrue(!flat.matches(".*élément \\[\\d+\\].*") && !flat.contains("Forum n°"), "no database id cited");
        fr.parlonsen.export.PdfChecks.assertPdfAAndUa(pdf);
    }

    @Test
    void docx_and_odt_are_opened_by_libreoffice_and_contain_every_proposal() throws Exception {
        RequiredTools.require(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice absent");
        for (String format : List.of("docx", "odt")) {
            byte[] doc = as("prefecture-02").get(BASE + "." + format).then().statusCode(200).extract().asByteArray();
            Path profile = Files.createTempDirectory("lo-profile");
            String text = convert(doc, format, List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "txt:Text", "--outdir", "OUTDIR", "IN"), "txt");
            String flat = text.replaceAll("\\s+", " ");
            for (String p : PROPOSALS) {
                assertTrue(flat.contains(p), () -> format + " missing proposal: " + p);
            }
            assertTrue(flat.contains("Forum de Laon"), format + " annexes");
            for (String expected : List.of("Sommaire", "Appréciation du préfet", "Pierre Bayle",
                    "Annexe 1 — Les forums de la consultation", "Forum de Soissons", "Délégation à la prospective")) {
                assertTrue(flat.contains(expected), () -> format + " missing: " + expected);
            }
        }
    }

    static String convert(byte[] bytes, String ext, List<String> command, String outExt) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("doc");
        Path in = dir.resolve("synthese." + ext);
        Files.write(in, bytes);
        Path out = dir.resolve("synthese." + outExt);
        List<String> cmd = command.stream().map(a -> a.equals("IN") ? in.toString() : a.equals("OUT") ? out.toString()
                : a.equals("OUTDIR") ? dir.resolve("out").toString() : a).toList();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "conversion timed out");
        assertEquals(0, p.exitValue(), log);
        Path result = Files.exists(out) ? out : dir.resolve("out").resolve("synthese." + outExt);
        return Files.readString(result, StandardCharsets.UTF_8);
    }
}
