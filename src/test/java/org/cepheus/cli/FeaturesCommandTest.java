package org.cepheus.cli;

import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cepheus features} on real curves: OGLE Cepheids against OGLE's periods, EROS two-band colours. */
class FeaturesCommandTest {

    @Test
    void ogleCepheidPeriodsAndLabelsInTheTable(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("f.csv");
        CliRun r = CliRun.of("features", TestData.sampleData().resolve("ogle-lmc-cep").toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        String[] head = lines.get(0).split(",");
        assertEquals(List.of("id", "class", "period"), Arrays.asList(head).subList(0, 3));
        assertTrue(Arrays.asList(head).contains("I_r21"), lines.get(0));
        assertEquals(41, lines.size(), "one row per star of the 40-star sample");

        Map<String, Double> catalog = new HashMap<>();
        for (String l : Files.readAllLines(TestData.sampleData().resolve("ogle-lmc-cep/cepFO4.dat"))) {
            String[] f = l.trim().split("\\s+");
            catalog.put(f[0], Double.parseDouble(f[3]));
        }
        int compared = 0, agree = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            assertEquals(head.length, c.length, l);
            assertTrue(c[1].equals("F") || c[1].equals("1O"), "OGLE mode as the class: " + l);
            Double p = catalog.get(c[0]);
            if (p == null) continue;
            compared++;
            if (Math.abs(Double.parseDouble(c[2]) / p - 1) < 1e-3) agree++;
        }
        assertTrue(compared >= 20, "stars with an OGLE period: " + compared);
        assertTrue(agree >= 0.95 * compared, agree + " of " + compared + " periods agree with OGLE's to 0.1 %");
    }

    @Test
    void erosStarsGetBothBandsAndAColour(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("eros");
        List<String> labels = Files.readAllLines(TestData.eros().resolve("labels.csv"));
        List<String> kept = new ArrayList<>(List.of(labels.get(0)));
        for (String band : List.of("R", "B")) Files.createDirectories(data.resolve(band));
        for (String l : labels.subList(1, 13)) {
            String id = l.split(",")[0];
            for (String band : List.of("R", "B")) {
                Files.copy(TestData.eros().resolve(band).resolve(id + ".dat"), data.resolve(band).resolve(id + ".dat"));
            }
            kept.add(l);
        }
        Files.write(data.resolve("labels.csv"), kept);
        Path out = tmp.resolve("f.csv");
        CliRun r = CliRun.of("features", data.toString(), "--preset", "resources/presets/period-features-eros.json",
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(13, lines.size());
        List<String> head = Arrays.asList(lines.get(0).split(","));
        int colour = -1;
        for (int i = 0; i < head.size(); i++) if (head.get(i).startsWith("colour_")) colour = i;
        assertTrue(colour > 0, "a colour column: " + head);
        assertTrue(head.contains("R_log_period") && head.contains("B_log_period"), head.toString());
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            double bMinusR = Math.abs(Double.parseDouble(c[colour]));
            assertTrue(bMinusR < 5, "B-R of an LMC variable: " + l);
            assertTrue(!c[1].isEmpty(), "labelled: " + l);
        }
    }

    @Test
    void aPresetOfAnotherKindIsRefused(@TempDir Path tmp) {
        CliRun r = CliRun.of("features", TestData.sampleData().resolve("ogle-lmc-cep").toString(),
                "--preset", "resources/presets/cnn2d.json", "-o", tmp.resolve("f.csv").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("not 'period-features'"), r.err());
        assertTrue(!Files.exists(tmp.resolve("f.csv")));
    }
}
