package fr.parlonsen.forum;

import java.util.List;

import fr.parlonsen.export.CsvWriter;

/** The open-data CSV of the public calendar: UTF-8, comma-separated, RFC 4180 quoting, one header row;
 * written by the one CSV writer, which neutralises cells that a spreadsheet would run as formulas. */
public final class ForumCsv {
    static final List<String> HEADER = List.of("id", "departement", "titre", "statut", "debut", "fin", "lieu",
            "adresse", "commune_insee", "commune", "accessible", "capacite", "acces", "zone_type", "zone",
            "communes_couvertes", "motif_annulation");

    private ForumCsv() {
    }

    public static String csv(List<PublicForum> forums) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (PublicForum f : forums) {
            rows.add(List.of(String.valueOf(f.id()), f.department(), f.title(), f.status(),
                    f.startsAt().toString(), f.endsAt().toString(), nz(f.venue().name()), nz(f.venue().address()),
                    nz(f.venue().communeCode()), nz(f.venue().communeName()),
                    f.venue().accessible() == null ? "" : f.venue().accessible() ? "oui" : "non",
                    f.venue().capacity() == null ? "" : String.valueOf(f.venue().capacity()), nz(f.venue().access()),
                    f.catchmentKind(), f.catchmentNames(), String.valueOf(f.communesCovered()),
                    nz(f.cancelReason())));
        }
        return CsvWriter.table(',', false, HEADER, rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
