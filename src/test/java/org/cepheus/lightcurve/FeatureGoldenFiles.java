package org.cepheus.lightcurve;

import org.cepheus.catalog.LightCurve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real stars' photometry and the features FeatureExtractor gave them before its names and values
 * came from one list (src/test/resources/features): NAME.curve.csv (band,time,mag,err; two OGLE-IV
 * Cepheids, an EROS-1 LPV and RR Lyrae in R and B, a CRTS RRab) and NAME.golden.csv (name,value
 * lines in Double.toString form, then #period and #shape).
 */
final class FeatureGoldenFiles {
    static final Path DIR = Path.of("src/test/resources/features");

    private FeatureGoldenFiles() { }

    /** The golden stars and the extractor settings each was captured with. */
    static Map<String, FeatureExtractor> cases() {
        Map<String, FeatureExtractor> m = new LinkedHashMap<>();
        FeatureExtractor ogle = new FeatureExtractor(FeatureExtractor.Options.defaults(List.of("I")).withChoiceHarmonics(4),
                PeriodFinder.gls(5));
        FeatureExtractor eros = new FeatureExtractor(FeatureExtractor.Options.defaults(List.of("R", "B")), PeriodFinder.gls(5));
        FeatureExtractor crts = new FeatureExtractor(FeatureExtractor.Options.defaults(List.of("")).withChoiceHarmonics(4),
                PeriodFinder.gls(5));
        m.put("ogle-a", ogle);
        m.put("ogle-b", ogle);
        m.put("eros-lpv", eros);
        m.put("eros-rrl", eros);
        m.put("crts-rrab", crts);
        return m;
    }

    static List<LightCurve> readCurves(String name) throws IOException {
        Map<String, List<double[]>> byBand = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(DIR.resolve(name + ".curve.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            byBand.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new double[]{
                    Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3])});
        }
        List<LightCurve> out = new ArrayList<>();
        for (var e : byBand.entrySet()) {
            int n = e.getValue().size();
            double[] t = new double[n], m = new double[n], err = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = e.getValue().get(i)[0];
                m[i] = e.getValue().get(i)[1];
                err[i] = e.getValue().get(i)[2];
            }
            out.add(new LightCurve(name, e.getKey(), t, m, err));
        }
        return out;
    }
}
