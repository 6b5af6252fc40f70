package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

class OutliersTest {
    /** The only CRTS files with a bad time stamp (MJD -2409998.5), and its line in each. */
    static final Map<String, Integer> BAD_TIMES = Map.of("1007125041907-HADS.csv", 212, "1009027036189-EW.csv", 245,
            "1009027044598-RRab.csv", 178, "1009027061445-EW.csv", 240);

    private static Catalog load(Path p, CatalogLoader.Options o) throws IOException {
        return CatalogLoader.load(p, o, ProgressMonitor.NONE);
    }

    private static Path badTimeFile(String name) { return TestData.crts().resolve("lc").resolve(name); }

    @Test
    void crtsBadTimeStampsAreSetAsideAndNamedByFileAndLine() throws IOException {
        for (var bad : BAD_TIMES.entrySet()) {
            Path file = badTimeFile(bad.getKey());
            int rows = Files.readAllLines(file).size() - 1;
            Catalog cat = load(file, CatalogLoader.Options.defaults());
            LightCurve c = cat.curves().get(0);
            assertEquals(rows - 1, c.size(), bad.getKey());
            assertTrue(c.time()[0] > 50000, "no bad time left in the curve: " + c.time()[0]);
            assertTrue(c.timeSpan() < 4000, "span back to the survey's years: " + c.timeSpan());
            SetAside s = c.setAside();
            assertEquals(1, s.size());
            assertEquals(SetAside.Reason.TIME_OUTLIER, s.reason()[0]);
            assertEquals(-2409998.5, s.time()[0]);
            assertEquals((int) bad.getValue(), s.line()[0]);
            String[] row = Files.readAllLines(file).get(bad.getValue() - 1).split(",");
            assertEquals(Double.parseDouble(row[2]), s.mag()[0], "the set-aside point is the file's line");
            assertEquals(Double.parseDouble(row[3]), s.err()[0]);
            assertEquals(1, cat.problems().size(), cat.problems().toString());
            LoadProblem p = cat.problems().get(0);
            assertEquals(file, p.file());
            assertEquals((int) bad.getValue(), p.line());
            assertTrue(p.message().contains("1 point set aside as a time outlier")
                    && p.message().contains("line " + bad.getValue() + " time -2409998.5 mag " + row[2]), p.message());
            assertTrue(p.message().startsWith("star " + bad.getKey().substring(0, 13)), p.message());
        }
    }

    @Test
    void keepOutliersLoadsAsBefore() throws IOException {
        Path file = badTimeFile("1009027036189-EW.csv");
        Catalog kept = load(file, CatalogLoader.Options.defaults().withKeepOutliers(true));
        LightCurve c = kept.curves().get(0);
        assertEquals(Files.readAllLines(file).size() - 1, c.size());
        assertEquals(-2409998.5, c.time()[0]);
        assertTrue(c.setAside().isEmpty());
        assertTrue(kept.problems().isEmpty(), kept.problems().toString());
    }

    @Test
    void realEclipsesOfTheEaTestStarsAreKept() throws IOException {
        Catalog ea = load(TestData.crts(), CatalogLoader.Options.defaults().withClasses(Set.of("EA")));
        assertEquals(30, ea.size());
        int flagged = 0;
        for (LightCurve c : ea.curves()) {
            SetAside s = c.setAside();
            double median = median(c.mag());
            for (int i = 0; i < s.size(); i++) {
                assertEquals(SetAside.Reason.MAG_OUTLIER, s.reason()[i]);
                // an eclipse makes the star fainter: no point on that side may go
                assertTrue(s.mag()[i] < median, c.id() + ": a faint point set aside, " + s.mag()[i] + " vs median " + median);
                flagged++;
            }
        }
        // measured: one lone 0.4 mag brightening of 1001031021692 (22 robust sigmas, its visit mates at baseline)
        assertTrue(flagged <= 1, "EA points set aside: " + flagged);
        int deepKept = 0;
        for (LightCurve c : ea.curves()) {
            double med = median(c.mag());
            for (double m : c.mag()) if (m > med + 0.5) deepKept++;
        }
        assertTrue(deepKept > 100, "eclipse points deeper than 0.5 mag still in the curves: " + deepKept);
    }

    @Test
    void aLonePointIsSetAsideButAnOutburstOrAnEclipseVisitIsNot() {
        // synthetic curves: a quiet star with 0.02 mag scatter, one visit of 4 exposures per night
        Outliers outliers = new Outliers(OutlierPreset.standard());
        LightCurve quiet = syntheticNights(200, 0);
        assertNull(outliers.flag(quiet), "nothing to flag in noise");

        double[] mag = quiet.mag().clone();
        mag[101] += 2.0; // one bad frame
        SetAside.Reason[] why = outliers.flag(with(quiet, mag));
        assertEquals(SetAside.Reason.MAG_OUTLIER, why[101]);
        assertEquals(1, Arrays.stream(why).filter(r -> r != null).count());

        double[] outburst = quiet.mag().clone();
        for (int i = 400; i < 440; i++) outburst[i] -= 3.0 * Math.exp(-(i - 400) / 12.0); // ten nights of outburst
        assertNull(outliers.flag(with(quiet, outburst)), "a real outburst is seen in many points");

        double[] eclipse = quiet.mag().clone();
        eclipse[300] += 1.5; // the deepest exposure of one visit inside an eclipse...
        eclipse[301] += 0.4; // ... its visit mates on the way down
        eclipse[302] += 0.3;
        assertNull(outliers.flag(with(quiet, eclipse)), "an eclipse confirmed by its visit is kept");

        double[] time = quiet.time().clone();
        time[5] = -2409998.5;
        why = outliers.flag(new LightCurve("synthetic", "V", time, quiet.mag(), null));
        assertEquals(SetAside.Reason.TIME_OUTLIER, why[0], "the sorted curve starts with the bad time");
        assertEquals(1, Arrays.stream(why).filter(r -> r != null).count());
    }

    @Test
    void catalogInfoCountsWhatWasSetAside() throws IOException {
        Catalog cat = load(TestData.crts(), CatalogLoader.Options.defaults());
        Map<SetAside.Reason, Integer> counts = CatalogSummary.of(cat).setAside();
        assertEquals(4, counts.get(SetAside.Reason.TIME_OUTLIER));
        assertEquals(List.of(SetAside.Reason.TIME_OUTLIER, SetAside.Reason.MAG_OUTLIER), List.copyOf(counts.keySet()));
        int points = 0, files = 0;
        for (LightCurve c : cat.curves()) points += c.size() + c.setAside().size();
        try (var s = Files.list(TestData.crts().resolve("lc"))) {
            for (Path f : s.toList()) files += Files.readAllLines(f).size() - 1;
        }
        assertEquals(files, points, "every row is either in a curve or set aside");
    }

    private static LightCurve syntheticNights(int nights, long seed) {
        java.util.Random r = new java.util.Random(seed);
        double[] t = new double[nights * 4], m = new double[nights * 4];
        for (int i = 0; i < t.length; i++) {
            t[i] = 53000 + (i / 4) * 3.1 + (i % 4) * 0.007;
            m[i] = 15 + 0.02 * r.nextGaussian();
        }
        return new LightCurve("synthetic", "V", t, m, null);
    }

    private static LightCurve with(LightCurve c, double[] mag) {
        return new LightCurve(c.id(), c.band(), c.time(), mag, null);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
