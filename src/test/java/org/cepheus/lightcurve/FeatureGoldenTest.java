package org.cepheus.lightcurve;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Feature names, order and values on real curves are exactly those of the extractor before its
 * features were listed once (goldens in src/test/resources/features): saved models and feature
 * tables stay valid.
 */
class FeatureGoldenTest {

    @Test
    void namesValuesPeriodAndShapeEqualTheGoldens() throws Exception {
        for (Map.Entry<String, FeatureExtractor> c : FeatureGoldenFiles.cases().entrySet()) {
            String star = c.getKey();
            FeatureExtractor fx = c.getValue();
            FeatureExtractor.Result r = fx.extract(FeatureGoldenFiles.readCurves(star));
            List<String> names = new ArrayList<>(), values = new ArrayList<>();
            String period = null, shape = null;
            for (String line : Files.readAllLines(FeatureGoldenFiles.DIR.resolve(star + ".golden.csv"))) {
                int comma = line.indexOf(',');
                String key = line.substring(0, comma), value = line.substring(comma + 1);
                if (key.equals("#period")) period = value;
                else if (key.equals("#shape")) shape = value;
                else {
                    names.add(key);
                    values.add(value);
                }
            }
            assertEquals(names, fx.names(), star + ": names and order");
            assertEquals(names.size(), fx.size());
            assertEquals(names.size(), new java.util.HashSet<>(fx.names()).size(), star + ": every name once");
            assertEquals(names.size(), r.scalars().length);
            for (int i = 0; i < names.size(); i++) {
                assertEquals(values.get(i), Double.toString(r.scalars()[i]), star + " " + names.get(i));
            }
            assertEquals(period, Double.toString(r.period()), star + " period");
            StringBuilder sb = new StringBuilder();
            for (float v : r.shape()) sb.append(sb.length() == 0 ? "" : ",").append(v);
            assertEquals(shape, sb.toString(), star + " shape");
            assertEquals(r.shape().length, fx.shapeLength());
        }
    }
}
