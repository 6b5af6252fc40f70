package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRTS curves with an MJD -2409998.5 row, through the command line (issue #12). */
class OutlierCommandsTest {
    private static final List<String> BAD = List.of("1007125041907-HADS.csv", "1009027036189-EW.csv",
            "1009027044598-RRab.csv", "1009027061445-EW.csv");

    @Test
    void periodSucceedsOnTheBadTimeStampCurvesOnlyWithTheOutliersSetAside(@TempDir Path tmp) throws Exception {
        for (String name : BAD) {
            String file = TestData.crts().resolve("lc").resolve(name).toString();
            Path out = tmp.resolve(name);
            CliRun r = CliRun.of("period", file, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("set aside as a time outlier") && r.err().contains("time -2409998.5"), r.err());
            List<String> rows = Files.readAllLines(out);
            assertEquals(2, rows.size(), "one period for the star: " + rows);
            assertTrue(Double.parseDouble(rows.get(1).split(",")[1]) > 0, rows.get(1));

            Path kept = tmp.resolve("kept-" + name);
            CliRun before = CliRun.of("period", file, "--keep-outliers", "--out", kept.toString());
            assertTrue(before.err().contains("too large"), "today's failure, kept with --keep-outliers: " + before.err());
            assertEquals(1, Files.readAllLines(kept).size(), "no period with the bad time in");
        }
    }

    @Test
    void catalogInfoReportsPointsSetAsideByReason() throws Exception {
        CliRun r = CliRun.of("catalog", "info", TestData.crts().toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(4, root.get("setAside").get("TIME_OUTLIER").asInt());
        assertTrue(root.get("setAside").get("MAG_OUTLIER").asInt() >= 1);
        long named = 0;
        for (JsonNode e : root.get("errors")) if (e.get("message").asText().contains("time -2409998.5")) named++;
        assertEquals(4, named);

        CliRun text = CliRun.of("catalog", "info", TestData.crts().toString());
        assertTrue(text.out().contains("Points set aside: 4 time outliers, "), text.out());
        CliRun off = CliRun.of("catalog", "info", TestData.crts().toString(), "--keep-outliers", "--json");
        assertEquals(0, new ObjectMapper().readTree(off.out()).get("setAside").size(), off.out());
    }
}
