package org.cepheus.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.Metadata;

/** Synthetic sinusoidal curves for GUI unit tests that must not depend on the catalog readers. */
final class SyntheticCatalog {
    private SyntheticCatalog() { }

    static LightCurve synthetic(String id, String label, int n, double period, long seed) {
        return synthetic(id, label, n, period, seed, 1000);
    }

    /** n points over about spanDays days. */
    static LightCurve synthetic(String id, String label, int n, double period, long seed, double spanDays) {
        Random r = new Random(seed);
        double[] t = new double[n], m = new double[n], e = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 5000 + i * spanDays / n + r.nextDouble() * 0.3;
            m[i] = 15 + 0.4 * Math.sin(2 * Math.PI * t[i] / period) + r.nextGaussian() * 0.03;
            e[i] = 0.03;
        }
        Metadata md = Metadata.EMPTY.withEphemeris(period, 5000, 0.8);
        return new LightCurve(id, "V", t, m, e, label, md);
    }

    static Catalog catalog(int stars) {
        List<LightCurve> curves = new ArrayList<>();
        String[] classes = {"RRab", "EW", "LPV"};
        for (int i = 0; i < stars; i++) {
            curves.add(synthetic("synthetic-" + i, classes[i % 3], 300, 0.3 + i * 0.17, i));
        }
        return new Catalog("synthetic", curves, List.of());
    }
}
