package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `period --window`: the spectral window's peaks of each real sampling beside the periods (#12). */
class WindowCommandTest {
    @Test
    void theWindowPeaksOfEachCurveAreWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("p.csv"), window = tmp.resolve("w.csv");
        String crts = TestData.crts().resolve("lc/1001006006382-EW.csv").toString();
        CliRun r = CliRun.of("period", crts, "--out", out.toString(), "--window", window.toString(), "--window-top", "3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(window);
        assertEquals("id,frequency,period,power,rank", lines.get(0));
        assertEquals(4, lines.size(), "3 peaks of one curve");
        double previous = 2;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            assertEquals("1001006006382", f[0]);
            double power = Double.parseDouble(f[3]);
            assertTrue(power > 0 && power <= previous, lines.toString());
            assertEquals(1 / Double.parseDouble(f[1]), Double.parseDouble(f[2]), 1e-9);
            assertEquals(i, Integer.parseInt(f[4]));
            previous = power;
        }
        assertTrue(r.err().contains("Wrote the spectral-window peaks of 1 sampling to"), r.err());
        CliRun bad = CliRun.of("period", crts, "--out", out.toString(), "--window", window.toString(), "--window-top", "0");
        assertTrue(bad.code() != 0 && bad.err().contains("--window-top must be at least 1"), bad.err());
    }
}
