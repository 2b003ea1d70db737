package fr.parlonsen.territory;

import static fr.parlonsen.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CantonImportTest {
    @Inject
    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @AfterEach
    void restoreRealCantons() {
        fixtures.reimportSharedCantons();
    }

    private static File shared(String name) {
        return Fixtures.geoDir().resolve(name).toFile();
    }

    private static Map<String, List<String>> cantonsByCommune(String dep) {
        List<Map<String, Object>> communes = as("admin").get("/api/v1/territories/departments/" + dep + "/communes")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return communes.stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get("code"),
                c -> (List<String>) c.get("cantons")));
    }

    @Test
    void importing_the_shared_files_loads_every_canton_and_fraction() {
        as("admin").multiPart("cantons", shared("cantons.csv")).multiPart("communes", shared("communes_cantons.csv"))
                .post("/api/v1/territories/cantons")
                .then().statusCode(200)
                .body("cantons", equalTo(2054))
                .body("communes", equalTo(34760))
                .body("fractions", equalTo(237));
    }

    @Test
    void aisne_has_21_cantons_797_communes_and_three_split_towns() {
        JsonPath aisne = as("prefecture-02").get("/api/v1/territories/departments/02").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(21, aisne.getList("cantons").size());
        assertEquals(797, aisne.getInt("communes"));
        assertEquals(3, aisne.getInt("splitCommunes"));
        Map<String, List<String>> mapping = cantonsByCommune("02");
        assertEquals(797, mapping.size());
        assertEquals(2, mapping.get("02408").size(), "Laon");
        assertEquals(3, mapping.get("02691").size(), "Saint-Quentin");
        assertEquals(2, mapping.get("02722").size(), "Soissons");
        assertEquals(0, mapping.values().stream().filter(List::isEmpty).count(), "every Aisne commune has a canton");
    }

    @Test
    void paris_has_no_canton_and_grenoble_lies_in_four() {
        as("national").get("/api/v1/territories/departments/75").then().statusCode(200)
                .body("cantons.size()", equalTo(0)).body("communes", equalTo(1)).body("hasCantons", equalTo(false));
        assertEquals(List.of(), cantonsByCommune("75").get("75056"));
        assertEquals(4, cantonsByCommune("38").get("38185").size(), "Grenoble");
        assertEquals(List.of(), cantonsByCommune("69").get("69123"), "Lyon, Métropole de Lyon");
        as("national").get("/api/v1/territories/departments/972").then().statusCode(200)
                .body("cantons.size()", equalTo(0)).body("communes", equalTo(34));
    }

    @Test
    void a_corrupt_file_gets_422_naming_the_line_and_changes_nothing() throws Exception {
        Path bad = Files.createTempFile("communes", ".csv");
        List<String> lines = Files.readAllLines(Fixtures.geoDir().resolve("communes_cantons.csv"));
        lines = new java.util.ArrayList<>(lines.subList(0, 100));
        lines.add("99999,Nulle-Part,02,0201,Bohain-en-Vermandois,whole,1,0201,cog,");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        as("admin").multiPart("cantons", shared("cantons.csv")).multiPart("communes", bad.toFile())
                .post("/api/v1/territories/cantons")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("ligne 101"))
                .body("detail", containsString("99999"))
                .body("violations.field", hasItems("communes"));
        as("admin").get("/api/v1/territories/departments/02").then().body("cantons.size()", equalTo(21));
    }

    @Test
    void a_file_that_is_not_csv_gets_422() throws Exception {
        Path junk = Files.createTempFile("junk", ".csv");
        Files.write(junk, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, '\n', (byte) 0xc3 });
        as("admin").multiPart("cantons", junk.toFile()).multiPart("communes", shared("communes_cantons.csv"))
                .post("/api/v1/territories/cantons")
                .then().statusCode(422).body("detail", containsString("ligne"));
        as("admin").get("/api/v1/territories/departments/02").then().body("cantons.size()", equalTo(21));
    }

    @Test
    void official_insee_cog_files_are_understood_with_split_communes_by_bureau_centralisateur() throws Exception {
        Path cantons = Files.createTempFile("v_canton_2025", ".csv");
        Files.writeString(cantons, """
                CAN,DEP,REG,COMPCT,BURCENTRAL,TNCC,NCC,NCCENR,LIBELLE,TYPECT
                0209,02,32,2,02408,0,LAON 1,Laon-1,Laon-1,C
                0210,02,32,2,02408,0,LAON 2,Laon-2,Laon-2,C
                0297,02,32,,02408,0,LAON,Laon,Laon,V
                """);
        Path communes = Files.createTempFile("v_commune_2025", ".csv");
        Files.writeString(communes, """
                TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT
                COM,02408,32,02,02D,022,0,LAON,Laon,Laon,0297,
                COM,02001,32,02,02D,022,0,ABBECOURT,Abbécourt,Abbécourt,0209,
                """);
        as("admin").multiPart("cantons", cantons.toFile()).multiPart("communes", communes.toFile())
                .post("/api/v1/territories/cantons")
                .then().statusCode(200).body("cantons", equalTo(2)).body("communes", equalTo(2))
                .body("fractions", equalTo(1));
        assertEquals(List.of("0209", "0210"), cantonsByCommune("02").get("02408"));
    }

    @Test
    void only_an_admin_may_import() {
        as("prefecture-02").multiPart("cantons", shared("cantons.csv"))
                .multiPart("communes", shared("communes_cantons.csv"))
                .post("/api/v1/territories/cantons").then().statusCode(403);
    }
}
