package fr.parlonsen.forum;

import java.util.List;

/** The open-data CSV of the public calendar: UTF-8, comma-separated, RFC 4180 quoting, one header row. */
public final class ForumCsv {
    static final List<String> HEADER = List.of("id", "departement", "titre", "statut", "debut", "fin", "lieu",
            "adresse", "commune_insee", "commune", "accessible", "capacite", "acces", "zone_type", "zone",
            "communes_couvertes", "motif_annulation");

    private ForumCsv() {
    }

    public static String csv(List<PublicForum> forums) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (PublicForum f : forums) {
            line(out, List.of(String.valueOf(f.id()), f.department(), f.title(), f.status(),
                    f.startsAt().toString(), f.endsAt().toString(), nz(f.venue().name()), nz(f.venue().address()),
                    nz(f.venue().communeCode()), nz(f.venue().communeName()),
                    f.venue().accessible() == null ? "" : f.venue().accessible() ? "oui" : "non",
                    f.venue().capacity() == null ? "" : String.valueOf(f.venue().capacity()), nz(f.venue().access()),
                    f.catchmentKind(), f.catchmentNames(), String.valueOf(f.communesCovered()),
                    nz(f.cancelReason())));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
