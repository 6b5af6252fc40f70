package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observer's own tables from the command line (#12): upper limits and ':' estimates counted,
 * a time scale given with --columns scale=, a magnitude column per band, and an export that keeps
 * both. The files are real photometry converted to these layouts (see realdata/converted/README.md).
 */
class ObserverDataCommandsTest {
    private static final Path CONVERTED = TestData.root().resolve("converted");
    private static final String AAVSO = CONVERTED.resolve("aavso-eros-135_9613.csv").toString();

    private static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void infoCountsUpperLimitsAndUncertainEstimates() throws Exception {
        JsonNode j = json(CliRun.of("catalog", "info", AAVSO, "--json"));
        assertEquals(5, j.get("upperLimits").asInt());
        assertEquals(2, j.get("uncertainEstimates").asInt(), "one ':' row in R, one in B");
        assertEquals(2, j.get("timeScales").get("JD").asInt());
        CliRun text = CliRun.of("catalog", "info", AAVSO);
        assertTrue(text.out().contains("Upper limits: 5 (fainter-than rows, never used as points); "
                + "uncertain (':') estimates: 2 (used as points)"), text.out());
        assertTrue(text.out().contains("Time scales: JD 2"), text.out());
    }

    @Test
    void aScaleGivenWithColumnsReachesTheCurve() throws Exception {
        String table = CONVERTED.resolve("unmapped-crts-1001006006382.csv").toString();
        CliRun refused = CliRun.of("catalog", "info", table);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("cannot tell which columns hold time and magnitude"), refused.err());
        JsonNode j = json(CliRun.of("catalog", "info", table, "--columns", "time=obs_epoch,mag=brightness,err=unc,scale=MJD", "--json"));
        assertEquals(1, j.get("curves").asInt());
        assertEquals(270, j.get("points").get("max").asInt());
        assertEquals(1, j.get("timeScales").get("MJD").asInt());
        CliRun bad = CliRun.of("catalog", "info", table, "--columns", "time=obs_epoch,mag=brightness,scale=fortnights");
        assertTrue(bad.code() != 0 && bad.err().contains("unknown time scale 'fortnights'"), bad.err());
    }

    @Test
    void aMagnitudeColumnPerBandGivesOneCurvePerBand() throws Exception {
        JsonNode j = json(CliRun.of("catalog", "info", CONVERTED.resolve("multiband-eros-135_9613.csv").toString(), "--json"));
        assertEquals(2, j.get("curves").asInt());
        assertEquals(1, j.get("stars").asInt());
        assertEquals(0, j.get("errors").size(), j.toString());
        assertEquals(123, j.get("points").get("min").asInt(), "B");
        assertEquals(124, j.get("points").get("max").asInt(), "R");
    }

    @Test
    void anExportKeepsTheUpperLimitsAndTheScale(@TempDir Path tmp) throws Exception {
        for (String ext : new String[]{"csv", "ecsv", "fits", "vot"}) {
            Path out = tmp.resolve("aavso." + ext);
            CliRun export = CliRun.of("catalog", "export", AAVSO, "--out", out.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(export.err().contains("5 of the rows set-aside points"), export.err());
            JsonNode j = json(CliRun.of("catalog", "info", out.toString(), "--json"));
            assertEquals(5, j.get("upperLimits").asInt(), ext);
            assertEquals(2, j.get("timeScales").get("JD").asInt(), ext);
            assertEquals(247, j.get("points").get("min").asInt() + j.get("points").get("max").asInt(), ext);
        }
    }
}
