package fr.parlonsen.territory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the reference geography at start: the etalab data vendored in the jar (départements, arrondissements,
 * EPCI, communes with population) when it is missing or of another version, then the cantons from
 * {@code parlonsen.geo.dir} when none are loaded yet.
 */
@ApplicationScoped
public class ReferenceData {
    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    static final String GEO = "geo/";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper mapper;
    @Inject
    CantonImporter cantonImporter;
    @ConfigProperty(name = "parlonsen.geo.dir")
    Optional<String> geoDir;

    void onStart(@Observes @jakarta.annotation.Priority(1000) StartupEvent event) {
        ensureEtalab();
        geoDir.filter(s -> !s.isBlank()).map(Path::of).ifPresent(this::importCantonsIfEmpty);
    }

    @Transactional
    public void ensureEtalab() {
        String version = bundledVersion();
        try (Connection c = dataSource.getConnection()) {
            if (version.equals(loadedVersion(c, "etalab"))) {
                return;
            }
            long start = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.executeUpdate("delete from commune");
                st.executeUpdate("delete from epci");
                st.executeUpdate("delete from arrondissement");
                st.executeUpdate("delete from department");
            }
            int deps = insert(c, "departements", "insert into department (code, name, region, region_name, type_liaison, zone) values (?,?,?,?,?,?)",
                    List.of("code", "name", "region", "regionName", "typeLiaison", "zone"));
            insert(c, "arrondissements", "insert into arrondissement (code, name, department) values (?,?,?)",
                    List.of("code", "name", "department"));
            insert(c, "epcis", "insert into epci (code, name, type) values (?,?,?)", List.of("code", "name", "type"));
            int communes = insert(c, "communes",
                    "insert into commune (code, name, department, arrondissement, epci, population) values (?,?,?,?,?,?)",
                    List.of("code", "name", "department", "arrondissement", "epci", "population"));
            try (PreparedStatement ps = c.prepareStatement(
                    "replace into reference_dataset (name, version, loaded_at) values ('etalab', ?, current_timestamp)")) {
                ps.setString(1, version);
                ps.executeUpdate();
            }
            LOG.infof("Référentiel géographique chargé (%s) : %d départements, %d communes en %d ms", version, deps,
                    communes, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Chargement du référentiel géographique impossible", e);
        }
    }

    /** Reloads the etalab data even when the same version is loaded (benchmark, repair). */
    @Transactional
    public void reloadEtalab() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from reference_dataset where name = 'etalab'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        ensureEtalab();
    }

    void importCantonsIfEmpty(Path dir) {
        Path cantons = dir.resolve("cantons.csv");
        Path communes = dir.resolve("communes_cantons.csv");
        if (!Files.isReadable(cantons) || !Files.isReadable(communes)) {
            LOG.warnf("Pas de fichiers de cantons lisibles dans %s : planification par arrondissement et EPCI.", dir);
            return;
        }
        if (cantonCount() > 0) {
            return;
        }
        try (InputStream k = Files.newInputStream(cantons); InputStream c = Files.newInputStream(communes)) {
            long start = System.nanoTime();
            var result = cantonImporter.importCantons(k, c);
            LOG.infof("Cantons importés depuis %s en %d ms : %s", dir, (System.nanoTime() - start) / 1_000_000, result);
        } catch (IOException e) {
            LOG.errorf(e, "Lecture des cantons impossible dans %s", dir);
        }
    }

    public int cantonCount() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from canton")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String bundledVersion() {
        try (InputStream in = resource("VERSION")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("unknown").trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadedVersion(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select version from reference_dataset where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private int insert(Connection c, String file, String sql, List<String> fields) throws IOException, SQLException {
        List<Map<String, Object>> rows;
        try (InputStream in = new GZIPInputStream(resource(file + ".json.gz"))) {
            rows = mapper.readValue(in, new TypeReference<>() {
            });
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < fields.size(); i++) {
                    Object v = row.get(fields.get(i));
                    if (v == null) {
                        ps.setNull(i + 1, Types.VARCHAR);
                    } else if (v instanceof Number num) {
                        ps.setLong(i + 1, num.longValue());
                    } else {
                        ps.setString(i + 1, v.toString());
                    }
                }
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return rows.size();
    }

    static InputStream resource(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(GEO + name);
        if (in == null) {
            throw new IOException("Ressource introuvable : " + GEO + name);
        }
        return in;
    }
}
