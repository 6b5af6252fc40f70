package org.cepheus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code cepheus bench} on real CRTS curves: its JSON, its options, its errors (speeds are not asserted). */
class BenchCommandTest {

    private static CliRun bench(String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "bench";
        args[1] = TestData.crts().toString();
        args[2] = "--classes";
        args[3] = "EW,LPV";
        args[4] = "--per-class-cap";
        args[5] = "6";
        System.arraycopy(options, 0, args, 6, options.length);
        return CliRun.of(args);
    }

    @Test
    void jsonIsOneObjectWithTheDocumentedFieldsAndTheOptionsGiven() throws Exception {
        CliRun r = bench("--model", "cnn2d", "--batch", "4", "--samples", "8", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(1, lines.length, "[" + r.out() + "]");
        JsonNode j = new ObjectMapper().readTree(lines[0]);
        for (String key : List.of("model", "backend", "threads", "batch", "train_samples_per_s", "infer_samples_per_s", "peak_rss_mb")) {
            assertTrue(j.has(key), key + " missing in " + lines[0]);
        }
        assertEquals("cnn2d", j.get("model").asText());
        assertEquals("CpuBackend", j.get("backend").asText());
        assertEquals("CPU", j.get("device").asText());
        assertEquals(1, j.get("threads").asInt());
        assertEquals(4, j.get("batch").asInt());
        assertEquals(12, j.get("curves").asInt()); // 6 EW + 6 LPV
        assertEquals(8, j.get("train_samples").asInt());
        assertTrue(j.get("infer_samples").asInt() >= 8, lines[0]);
        assertTrue(j.get("train_samples_per_s").asDouble() > 0, lines[0]);
        assertTrue(j.get("infer_samples_per_s").asDouble() > 0, lines[0]);
        assertTrue(j.get("peak_rss_mb").asDouble() > 50, lines[0]); // a JVM with ND4J loaded
    }

    @Test
    void textNamesTheModelBackendBuildAndBothSpeeds() {
        CliRun r = bench("--model", "cnn-lstm", "--batch", "4", "--samples", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("model:     cnn-lstm on 12 curves"), r.out());
        assertTrue(r.out().matches("(?s).*backend:   CpuBackend, libnd4j \\S.* build, \\d+ threads, device CPU.*"), r.out());
        assertTrue(r.out().matches("(?s).*training:  [0-9.]+ samples/s \\(batch 4, 4 samples; [0-9.]+ per CPU second\\).*"), r.out());
        assertTrue(r.out().matches("(?s).*inference: [0-9.]+ samples/s \\(batch 128, 12 samples; [0-9.]+ per CPU second\\).*"), r.out());
    }

    @Test
    void anUnknownModelIsOneLineNamingTheKnownOnes() {
        CliRun r = CliRun.of("bench", "--model", "resnet");
        assertEquals(2, r.code());
        assertEquals("cepheus: unknown model kind 'resnet' (known: cnn-lstm, cnn2d, hybrid, period-features)", r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void badNumbersAreRefusedBeforeAnythingLoads() {
        CliRun zero = CliRun.of("bench", "--model", "cnn2d", "--samples", "0");
        assertEquals(2, zero.code());
        assertEquals("cepheus: --samples must be >= 1, got 0", zero.err().strip());
        CliRun batch = CliRun.of("bench", "--model", "cnn2d", "--batch", "-3");
        assertEquals("cepheus: --batch must be >= 1, got -3", batch.err().strip());
        CliRun threads = CliRun.of("bench", "--model", "cnn2d", "--threads", "-1");
        assertEquals("cepheus: --threads must be >= 1, got -1", threads.err().strip());
        CliRun noModel = CliRun.of("bench");
        assertNotEquals(0, noModel.code());
        assertTrue(noModel.err().contains("--model"), noModel.err());
    }
}
