package fr.parlonsen.territory;

import java.io.InputStream;
import java.nio.file.Files;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** {@code deploy/test.sh -Pbench}: importing the whole of France (communes, EPCI, cantons). Goal: under 30 s. */
@QuarkusTest
@Tag("bench")
class TerritoryImportBench {
    @Inject
    ReferenceData referenceData;
    @Inject
    CantonImporter importer;

    @Test
    void import_the_whole_of_france() throws Exception {
        int runs = 3;
        long[] etalab = new long[runs];
        long[] cantons = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            referenceData.reloadEtalab();
            long t1 = System.nanoTime();
            try (InputStream k = Files.newInputStream(Fixtures.geoDir().resolve("cantons.csv"));
                    InputStream c = Files.newInputStream(Fixtures.geoDir().resolve("communes_cantons.csv"))) {
                importer.importCantons(k, c);
            }
            long t2 = System.nanoTime();
            etalab[i] = (t1 - t0) / 1_000_000;
            cantons[i] = (t2 - t1) / 1_000_000;
        }
        System.out.println();
        System.out.println("| run | etalab (109 dép., 333 arr., 1 255 EPCI, 34 969 communes) ms | cantons (2 054 + 35 211 liens) ms | total ms |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i < runs; i++) {
            System.out.printf("| %d | %d | %d | %d |%n", i + 1, etalab[i], cantons[i], etalab[i] + cantons[i]);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after import: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
    }
}
