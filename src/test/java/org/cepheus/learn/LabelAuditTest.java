package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The label audit on a small real CRTS subset (EW, LPV, RRab, RRc, 30 stars each) with a seeded
 * 5 % of the labels flipped to another class: every star is scored by a model that never saw it,
 * and the flipped stars rise to the top of the ranking.
 */
class LabelAuditTest {
    @TempDir static Path dir;
    static Map<String, String> flipped = new HashMap<>();
    static AuditResult result;
    static List<String> progress = new ArrayList<>();

    @BeforeAll
    static void audit() throws Exception {
        Catalog real = LearnFixtures.crts(Set.of("EW", "LPV", "RRab", "RRc"), 30);
        Catalog planted = flip(real, 0.05, 11, flipped);
        TrainingConfig cfg = TrainingConfig.preset("period-features").withEpochs(30).withPatience(30).withSeed(5);
        ProgressMonitor m = new ProgressMonitor() {
            @Override public synchronized void progress(double f, String msg) { progress.add(f + " " + msg); }
            @Override public boolean isCancelled() { return false; }
        };
        result = new LabelAuditJob(planted, cfg, 4, dir).features(FeatureStore.onDisk(dir.resolve("features"))).run(m);
    }

    /** A seeded share of the stars gets another (random) class of the catalog; the originals go to {@code flipped}. */
    static Catalog flip(Catalog c, double share, long seed, Map<String, String> flipped) {
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(c.byStar().keySet()));
        List<String> classes = new ArrayList<>(c.starClassCounts().keySet());
        java.util.Collections.shuffle(ids, new Random(seed));
        Random r = new Random(seed + 1);
        Map<String, String> newLabel = new HashMap<>();
        for (String id : ids.subList(0, (int) Math.round(share * ids.size()))) {
            String old = c.byStar().get(id).get(0).label();
            String to;
            do to = classes.get(r.nextInt(classes.size())); while (to.equals(old));
            newLabel.put(id, to);
            flipped.put(id, old);
        }
        List<LightCurve> out = new ArrayList<>();
        for (LightCurve lc : c.curves()) out.add(newLabel.containsKey(lc.id()) ? lc.withLabel(newLabel.get(lc.id())) : lc);
        return new Catalog(c.name(), out, List.of());
    }

    @Test
    void noStarIsScoredByAModelThatTrainedOnIt() throws Exception {
        assertEquals(120, result.rows().size(), "every labelled star is scored once");
        assertEquals(4, result.foldTrainingIds().size());
        Set<String> seen = new HashSet<>();
        for (AuditResult.Row row : result.rows()) {
            assertTrue(seen.add(row.id()), row.id() + " scored twice");
            for (int f = 1; f <= 4; f++) {
                boolean trainedOn = result.foldTrainingIds().get(f - 1).contains(row.id());
                // its own fold's model never saw it; every other fold's model did
                assertEquals(f != row.fold(), trainedOn, row.id() + " in fold " + row.fold() + " vs model " + f);
            }
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("cepheus-audit")), "fold models and their folder are removed");
        }
        assertTrue(progress.stream().anyMatch(s -> s.contains("fold 4 of 4")), "progress names the fold");
    }

    @Test
    void aHeapTooSmallIsRefusedBeforeAnyFoldTrains(@TempDir Path work) {
        Catalog real = LearnFixtures.crts(Set.of("EW", "LPV", "RRab", "RRc"), 30);
        List<String> seen = new ArrayList<>();
        ProgressMonitor m = new ProgressMonitor() {
            @Override public synchronized void progress(double f, String msg) { seen.add(msg); }
            @Override public boolean isCancelled() { return false; }
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> new LabelAuditJob(real, TrainingConfig.preset("period-features"), 3, work).heapBytes(64L << 20).run(m));
        assertTrue(e.getMessage().contains("120 stars") && e.getMessage().contains("this one has 64 MB")
                && e.getMessage().matches(".*-Xmx\\d+m or more.*"), e.getMessage());
        assertTrue(seen.stream().noneMatch(s -> s.contains("fold")), "no fold started: " + seen);
        // what the estimate asks for is enough for this audit (it ran in @BeforeAll within the test heap)
        assertTrue(LabelAuditJob.heapNeeded(Star.of(real)) < Runtime.getRuntime().maxMemory());
    }

    @Test
    void plantedFlipsRiseToTheTopOfTheRanking() {
        assertEquals(6, flipped.size());
        int top = (int) Math.ceil(0.10 * result.rows().size());
        long found = result.rows().subList(0, top).stream().filter(r -> flipped.containsKey(r.id())).count();
        assertTrue(found >= 5, "top 10 % holds " + found + " of 6 flipped stars");
        for (AuditResult.Row r : result.rows().subList(0, top)) {
            if (flipped.containsKey(r.id())) assertFalse(r.given().equals(flipped.get(r.id())));
        }
        long suggestedBack = result.rows().stream().filter(r -> flipped.containsKey(r.id()))
                .filter(r -> r.suggested().equals(flipped.get(r.id()))).count();
        assertTrue(suggestedBack >= 4, "the suggestion is the original class for " + suggestedBack + " of 6");
        AuditResult.Row first = result.rows().get(0);
        assertTrue(first.suspicion() >= result.rows().get(top).suspicion(), "ranked by suspicion");
        assertTrue(first.period() > 0 && first.amplitude() > 0, "evidence: period and amplitude");
    }
}
