package fr.normandie.ecoles.app.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outlines of the five departments as SVG paths, read once from {@code map/normandie-departements.geojson}.
 * The projection is an equirectangular one centred on Normandie (longitudes shrunk by the cosine of the
 * mean latitude): at this scale it is indistinguishable from the official Lambert-93, and needs no library.
 */
@ApplicationScoped
public class DepartmentMap {

    static final String SOURCE = "map/normandie-departements.geojson";
    /** Width of the drawing in SVG units; the height follows from the shape of the region. */
    static final double WIDTH = 600;
    private static final double MARGIN = 10;

    /**
     * One department's outline and where its label goes; {@code rings} are the path's points, in the same
     * drawing units, for what draws it otherwise (the CREFOP report's PDF).
     */
    public record Outline(String code, String name, String path, double labelX, double labelY,
                          List<List<double[]>> rings) {
    }

    private Map<String, Outline> outlines;
    private double height;

    @PostConstruct
    void load() {
        List<JsonObject> features = features();
        List<double[]> all = new ArrayList<>();
        features.forEach(f -> rings(f).forEach(all::addAll));
        double minLon = all.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        double maxLon = all.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double minLat = all.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        double maxLat = all.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = (WIDTH - 2 * MARGIN) / ((maxLon - minLon) * shrink);
        height = (maxLat - minLat) * scale + 2 * MARGIN;
        Projection projection = (lon, lat) -> new double[] {
                MARGIN + (lon - minLon) * shrink * scale, MARGIN + (maxLat - lat) * scale};

        outlines = new LinkedHashMap<>();
        for (JsonObject feature : features) {
            JsonObject properties = feature.getJsonObject("properties");
            List<List<double[]>> rings = rings(feature);
            double[] label = projection.apply(centroid(rings.get(0))[0], centroid(rings.get(0))[1]);
            List<List<double[]>> projected = rings.stream()
                    .map(ring -> ring.stream().map(p -> projection.apply(p[0], p[1])).toList()).toList();
            outlines.put(properties.getString("code"), new Outline(properties.getString("code"),
                    properties.getString("nom"), path(projected), label[0], label[1], projected));
        }
    }

    public Outline outline(String departmentCode) {
        return outlines.get(departmentCode);
    }

    /** The drawing's height in its units, its width being {@link #WIDTH}. */
    public double height() {
        return height;
    }

    public String viewBox() {
        return String.format(Locale.ROOT, "0 0 %.0f %.0f", WIDTH, height);
    }

    @FunctionalInterface
    private interface Projection {
        double[] apply(double lon, double lat);
    }

    private static List<JsonObject> features() {
        try (InputStream in = DepartmentMap.class.getClassLoader().getResourceAsStream(SOURCE);
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("features").getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCE, e);
        }
    }

    /** The rings of a Polygon, or of every polygon of a MultiPolygon, outer rings first. */
    private static List<List<double[]>> rings(JsonObject feature) {
        JsonObject geometry = feature.getJsonObject("geometry");
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        List<JsonArray> polygons = "MultiPolygon".equals(geometry.getString("type"))
                ? coordinates.getValuesAs(JsonArray.class) : List.of(coordinates);
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonArray polygon : polygons) {
            for (JsonArray ring : polygon.getValuesAs(JsonArray.class)) {
                rings.add(ring.getValuesAs(JsonArray.class).stream()
                        .map(p -> new double[] {p.getJsonNumber(0).doubleValue(), p.getJsonNumber(1).doubleValue()})
                        .toList());
            }
        }
        return rings;
    }

    private static String path(List<List<double[]>> rings) {
        StringBuilder path = new StringBuilder();
        for (List<double[]> ring : rings) {
            for (int i = 0; i < ring.size(); i++) {
                double[] point = ring.get(i);
                path.append(i == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f,%.1f", point[0], point[1]));
            }
            path.append('Z');
        }
        return path.toString();
    }

    /** The area centroid of a ring (shoelace formula), where the department's name is written. */
    private static double[] centroid(List<double[]> ring) {
        double area = 0;
        double x = 0;
        double y = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            double cross = ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
            area += cross;
            x += (ring.get(i)[0] + ring.get(i + 1)[0]) * cross;
            y += (ring.get(i)[1] + ring.get(i + 1)[1]) * cross;
        }
        return new double[] {x / (3 * area), y / (3 * area)};
    }
}
