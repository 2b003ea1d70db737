package fr.parlonsen.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Canton outlines read from {@code cantons-<dep>.geojson} files (shared/data/geo/contours), parsed lazily the first
 * time a département is asked for, then cached. The files are never copied into the application.
 * <p>
 * In the application the folder is {@code <parlonsen.geo.dir>/contours}. When {@code parlonsen.geo.dir} is empty or
 * the folder has no file for a département, that département is simply not {@link #available(String)} and
 * {@link #cantons(String)} returns an empty list. Paris (75), Martinique (972), Guyane (973) and the COM never have
 * contours because they have no cantons.
 */
@ApplicationScoped
public class CantonContours {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILE = Pattern.compile("cantons-([0-9]{2}|2[AB]|97[0-9])\\.geojson");
    private static final Pattern DEP = Pattern.compile("[0-9]{2}|2[AB]|97[0-9]");

    private final Path dir;
    private final ConcurrentMap<String, List<CantonShape>> cache = new ConcurrentHashMap<>();

    @Inject
    public CantonContours(@ConfigProperty(name = "parlonsen.geo.dir") Optional<String> geoDir) {
        this(geoDir.filter(s -> !s.isBlank()).map(s -> Path.of(s, "contours")).orElse(null));
    }

    /** @param contoursDir folder holding the {@code cantons-<dep>.geojson} files; {@code null} means no contours. */
    public CantonContours(Path contoursDir) {
        this.dir = contoursDir;
    }

    /** Whether this département has a readable contour file. */
    public boolean available(String dep) {
        return dep != null && cache.containsKey(dep) || file(dep).filter(Files::isReadable).isPresent();
    }

    /** The départements that have a contour file, sorted by code; empty when no folder is configured. */
    public List<String> departments() {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture du dossier des contours impossible : " + dir, e);
        }
    }

    /**
     * The cantons of a département sorted by code, or an empty list when it has no contours.
     *
     * @throws UncheckedIOException when the file exists but cannot be read or parsed
     */
    public List<CantonShape> cantons(String dep) {
        if (!available(dep)) {
            return List.of();
        }
        return cache.computeIfAbsent(dep, d -> read(file(d).orElseThrow()));
    }

    private Optional<Path> file(String dep) {
        if (dir == null || dep == null || !DEP.matcher(dep).matches()) {
            return Optional.empty();
        }
        return Optional.of(dir.resolve("cantons-" + dep + ".geojson"));
    }

    private static List<CantonShape> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<CantonShape> shapes = new ArrayList<>();
            for (JsonNode feature : JSON.readTree(in).path("features")) {
                shapes.add(shape(feature));
            }
            shapes.sort(Comparator.comparing(CantonShape::code));
            return List.copyOf(shapes);
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture des contours impossible : " + file, e);
        }
    }

    private static CantonShape shape(JsonNode feature) {
        JsonNode properties = feature.path("properties");
        JsonNode geometry = feature.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        List<double[][]> rings = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Polygon" -> addPolygon(coordinates, rings);
            case "MultiPolygon" -> coordinates.forEach(polygon -> addPolygon(polygon, rings));
            default -> throw new IllegalArgumentException("Géométrie non gérée : " + geometry.path("type").asText());
        }
        return new CantonShape(properties.path("code").asText(), properties.path("name").asText(), List.copyOf(rings));
    }

    /** Adds the rings of one GeoJSON polygon: the outer ring counter-clockwise, the holes clockwise. */
    private static void addPolygon(JsonNode polygon, List<double[][]> rings) {
        for (int r = 0; r < polygon.size(); r++) {
            JsonNode ring = polygon.get(r);
            double[][] points = new double[ring.size()][];
            for (int i = 0; i < points.length; i++) {
                points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
            }
            boolean outer = r == 0;
            if (outer != signedArea(points) > 0) {
                Collections.reverse(Arrays.asList(points));
            }
            rings.add(points);
        }
    }

    private static double signedArea(double[][] ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
        }
        return sum / 2;
    }
}
