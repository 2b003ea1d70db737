package fr.parlonsen.territory;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.territory.TerritoryViews.CantonImportResult;

/**
 * Imports cantons and the commune → canton mapping, all or nothing. Two formats are understood:
 * <ul>
 * <li>the shared format ({@code cantons.csv}, {@code communes_cantons.csv}), fractions cantonales included;</li>
 * <li>the official INSEE COG files ({@code v_canton_YYYY.csv}, {@code v_commune_YYYY.csv}). There a split
 * commune carries a pseudo-canton; it is mapped to every real canton whose bureau centralisateur it is.</li>
 * </ul>
 * Everything is parsed and checked before anything is written; a bad line gets a 422 that names it.
 */
@ApplicationScoped
public class CantonImporter {
    private static final Logger LOG = Logger.getLogger(CantonImporter.class);

    @Inject
    DataSource dataSource;

    record CantonRow(String code, String department, String name, String compct, String burcentral) {
    }

    record Link(String commune, String canton, boolean fraction, String source) {
    }

    record Parsed(List<CantonRow> cantons, List<Link> links) {
    }

    @Transactional
    public CantonImportResult importCantons(InputStream cantonsFile, InputStream communesFile) {
        Parsed parsed;
        try (Connection c = dataSource.getConnection()) {
            Set<String> departments = codes(c, "select code from department");
            Set<String> communes = codes(c, "select code from commune");
            parsed = parse(cantonsFile, communesFile, departments, communes);
            write(c, parsed);
        } catch (SQLException e) {
            throw new IllegalStateException("Écriture des cantons impossible", e);
        }
        Map<String, Integer> perCommune = new HashMap<>();
        for (Link l : parsed.links) {
            perCommune.merge(l.commune, 1, Integer::sum);
        }
        int fractions = (int) perCommune.values().stream().filter(n -> n > 1).count();
        LOG.infof("Cantons importés : %d cantons, %d communes, %d communes fractionnées", parsed.cantons.size(),
                perCommune.size(), fractions);
        return new CantonImportResult(parsed.cantons.size(), perCommune.size(), fractions);
    }

    Parsed parse(InputStream cantonsFile, InputStream communesFile, Set<String> departments, Set<String> communes) {
        List<Csv.Row> cantonRows = read("cantons", cantonsFile);
        List<Csv.Row> communeRows = read("communes", communesFile);
        boolean cog = cantonRows.isEmpty() ? false : cantonRows.get(0).header().containsKey("CAN");
        return cog ? parseCog(cantonRows, communeRows, departments, communes)
                : parseShared(cantonRows, communeRows, departments, communes);
    }

    private Parsed parseShared(List<Csv.Row> cantonRows, List<Csv.Row> communeRows, Set<String> departments,
            Set<String> communes) {
        requireColumns("cantons", cantonRows, "code", "dep", "name");
        requireColumns("communes", communeRows, "commune_code", "canton_code", "status");
        Map<String, CantonRow> cantons = new LinkedHashMap<>();
        for (Csv.Row r : cantonRows) {
            CantonRow k = new CantonRow(r.get("code"), r.get("dep"), r.get("name"), r.get("compct"), r.get("burcentral"));
            checkCanton("cantons", r.line(), k, departments);
            if (cantons.put(k.code, k) != null) {
                throw bad("cantons", r.line(), "code canton « " + k.code + " » en double");
            }
        }
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Csv.Row r : communeRows) {
            String commune = r.get("commune_code");
            String canton = r.get("canton_code");
            String status = r.get("status");
            if (!communes.contains(commune)) {
                throw bad("communes", r.line(), "commune inconnue « " + commune + " »");
            }
            if ("no_canton".equals(status)) {
                if (!canton.isEmpty()) {
                    throw bad("communes", r.line(), "une commune sans canton ne peut pas citer le canton « " + canton + " »");
                }
                continue;
            }
            if (!"whole".equals(status) && !"fraction".equals(status)) {
                throw bad("communes", r.line(), "statut « " + status + " » inconnu (attendu : whole, fraction ou no_canton)");
            }
            CantonRow k = cantons.get(canton);
            if (k == null) {
                throw bad("communes", r.line(), "canton « " + canton + " » absent du fichier des cantons");
            }
            if (!seen.add(commune + "/" + canton)) {
                throw bad("communes", r.line(), "couple commune « " + commune + " » / canton « " + canton + " » en double");
            }
            links.add(new Link(commune, canton, "fraction".equals(status), r.get("source")));
        }
        return new Parsed(new ArrayList<>(cantons.values()), links);
    }

    private Parsed parseCog(List<Csv.Row> cantonRows, List<Csv.Row> communeRows, Set<String> departments,
            Set<String> communes) {
        requireColumns("cantons", cantonRows, "CAN", "DEP", "LIBELLE", "TYPECT");
        requireColumns("communes", communeRows, "TYPECOM", "COM", "CAN");
        Map<String, CantonRow> real = new LinkedHashMap<>();
        Set<String> pseudo = new HashSet<>();
        Map<String, List<String>> cantonsByBurcentral = new HashMap<>();
        for (Csv.Row r : cantonRows) {
            CantonRow k = new CantonRow(r.get("CAN"), r.get("DEP"), r.get("LIBELLE"), r.get("COMPCT"), r.get("BURCENTRAL"));
            String type = r.get("TYPECT");
            if (!"C".equals(type)) {
                if (k.code.isEmpty()) {
                    throw bad("cantons", r.line(), "code canton manquant");
                }
                pseudo.add(k.code);
                continue;
            }
            checkCanton("cantons", r.line(), k, departments);
            if (real.put(k.code, k) != null) {
                throw bad("cantons", r.line(), "code canton « " + k.code + " » en double");
            }
            if (!k.burcentral.isEmpty()) {
                cantonsByBurcentral.computeIfAbsent(k.burcentral, x -> new ArrayList<>()).add(k.code);
            }
        }
        List<Link> links = new ArrayList<>();
        for (Csv.Row r : communeRows) {
            if (!"COM".equals(r.get("TYPECOM"))) {
                continue;
            }
            String commune = r.get("COM");
            String can = r.get("CAN");
            if (!communes.contains(commune)) {
                throw bad("communes", r.line(), "commune inconnue « " + commune + " »");
            }
            if (can.isEmpty()) {
                continue;
            }
            if (real.containsKey(can)) {
                links.add(new Link(commune, can, false, "cog"));
            } else if (pseudo.contains(can)) {
                List<String> split = cantonsByBurcentral.getOrDefault(commune, List.of());
                for (String k : split) {
                    links.add(new Link(commune, k, split.size() > 1, "burcentral"));
                }
            } else {
                throw bad("communes", r.line(), "canton « " + can + " » absent du fichier des cantons");
            }
        }
        return new Parsed(new ArrayList<>(real.values()), links);
    }

    private static void checkCanton(String part, int line, CantonRow k, Set<String> departments) {
        if (k.code.isEmpty() || k.code.length() > 5) {
            throw bad(part, line, "code canton « " + k.code + " » invalide");
        }
        if (!departments.contains(k.department)) {
            throw bad(part, line, "département « " + k.department + " » inconnu");
        }
        if (k.name.isEmpty() || k.name.length() > 150) {
            throw bad(part, line, "nom du canton manquant ou trop long");
        }
    }

    private static List<Csv.Row> read(String part, InputStream in) {
        if (in == null) {
            throw new Invalid(part, "La partie « " + part + " » est obligatoire.");
        }
        try {
            return Csv.read(in);
        } catch (Csv.CsvException e) {
            throw bad(part, e.line, e.getMessage());
        }
    }

    private static void requireColumns(String part, List<Csv.Row> rows, String... columns) {
        if (rows.isEmpty()) {
            throw bad(part, 2, "aucune donnée après l'en-tête");
        }
        for (String col : columns) {
            if (!rows.get(0).header().containsKey(col)) {
                throw bad(part, 1, "colonne « " + col + " » manquante dans l'en-tête");
            }
        }
    }

    static Invalid bad(String part, int line, String message) {
        return new Invalid("Fichier de cantons invalide",
                "Fichier « " + part + " », ligne " + line + " : " + message + ". Aucune donnée n'a été modifiée.",
                List.of(new Violation(part, "ligne " + line + " : " + message)));
    }

    private static Set<String> codes(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void write(Connection c, Parsed parsed) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("delete from commune_canton");
            st.executeUpdate("delete from canton");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into canton (code, department, name, compct, burcentral) values (?, ?, ?, ?, ?)")) {
            for (CantonRow k : parsed.cantons) {
                ps.setString(1, k.code);
                ps.setString(2, k.department);
                ps.setString(3, k.name);
                ps.setString(4, k.compct.isEmpty() ? null : k.compct);
                ps.setString(5, k.burcentral.isEmpty() ? null : k.burcentral);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into commune_canton (commune_code, canton_code, fraction, source) values (?, ?, ?, ?)")) {
            int n = 0;
            for (Link l : parsed.links) {
                ps.setString(1, l.commune);
                ps.setString(2, l.canton);
                ps.setBoolean(3, l.fraction);
                ps.setString(4, l.source == null || l.source.isEmpty() ? null : truncate(l.source, 40));
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
