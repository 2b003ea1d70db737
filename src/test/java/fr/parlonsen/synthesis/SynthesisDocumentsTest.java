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
            as("prefecture-02").post(BASE + "/draft").then().statusCode(200);
            ready = true;
        }
    }

    @Test
    void the_pdf_read_back_contains_every_proposal_and_its_annex() throws Exception {
        byte[] pdf = as("prefecture-02").get(BASE + ".pdf").then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, as("prefecture-02").get(BASE + ".pdf").asByteArray(), "same version, same bytes");
        String text = convert(pdf, "pdf", List.of("pdftotext", "-layout", "IN", "OUT"), "txt");
        String flat = text.replaceAll("\\s+", " ");
        for (String p : PROPOSALS) {
            assertTrue(flat.contains(p), () -> "missing proposal: " + p);
        }
        assertTrue(flat.contains("Préfecture de l'Aisne") || flat.contains("PRÉFECTURE DE L'AISNE"));
        assertTrue(flat.contains("Forum de Laon"), "minutes annexed");
        assertTrue(flat.contains("Quand la gendarmerie sera-t-elle ouverte le samedi"), "annex holds the minutes");
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
