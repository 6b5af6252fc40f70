package org.cepheus.lightcurve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cepheus.TestData;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/** The real survey subsets of {@link TestData}, loaded once per test JVM through CatalogLoader. */
final class RealCurves {
    private RealCurves() { }

    private static final Map<Path, List<LightCurve>> CACHE = new ConcurrentHashMap<>();

    static List<LightCurve> load(Path root) {
        return CACHE.computeIfAbsent(root, r -> {
            try {
                return CatalogLoader.load(r, CatalogLoader.Options.defaults(), ProgressMonitor.NONE).curves();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The 315 CRTS test curves with their labels. */
    static List<LightCurve> crts() { return load(TestData.crts()); }

    /** The 400 OGLE-IV LMC Cepheids in I, with cepFO4.dat periods and epochs where known (250). */
    static List<LightCurve> ogle() { return load(TestData.ogle()); }

    /** EROS-1 R-band curves of one class, with the labels' periods. */
    static List<LightCurve> eros(String cls) {
        return load(TestData.eros()).stream()
                .filter(c -> c.band().equalsIgnoreCase("R") && cls.equals(c.label()))
                .toList();
    }

    /** EROS-1 stars by id, each with its bands (B and R), labels and the labels' periods. */
    static Map<String, List<LightCurve>> erosStars() {
        Map<String, List<LightCurve>> m = new java.util.LinkedHashMap<>();
        for (LightCurve c : load(TestData.eros())) m.computeIfAbsent(c.id(), k -> new java.util.ArrayList<>()).add(c);
        return m;
    }
}
