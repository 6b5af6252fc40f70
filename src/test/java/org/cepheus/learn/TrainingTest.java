package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/** Training on 45 real CRTS curves (EW, LPV, RRab): loss falls, bundle written, resume is exact. */
class TrainingTest {
    @TempDir Path dir;

    @Test
    void cnn2dLossFallsAndTheBestModelIsWritten() throws Exception {
        Catalog cat = LearnFixtures.smallCrts();
        List<Double> losses = new ArrayList<>();
        List<EpochStats> epochs = new ArrayList<>();
        TrainingOutcome[] finished = new TrainingOutcome[1];
        TrainingListener l = new TrainingListener() {
            @Override public void onIteration(int iteration, int epoch, double loss) { losses.add(loss); }
            @Override public void onEpoch(EpochStats s) { epochs.add(s); }
            @Override public void onFinished(TrainingOutcome o) { finished[0] = o; }
        };
        Path out = dir.resolve("m.zip");
        TrainingOutcome o = new TrainingJob(cat, LearnFixtures.fast("cnn2d", 4), out, l).run(ProgressMonitor.NONE);

        assertEquals(TrainingOutcome.Status.COMPLETED, o.status());
        assertSame(o, finished[0]);
        assertEquals(4, epochs.size());
        assertEquals(4 * 4, losses.size(), "27 training stars in batches of 8: 4 iterations per epoch");
        assertTrue(epochs.get(3).trainLoss() < epochs.get(0).trainLoss(),
                "training loss must fall: " + epochs.stream().map(EpochStats::trainLoss).toList());
        assertTrue(Files.exists(out));
        assertFalse(Files.exists(TrainingJob.checkpointPath(out)), "checkpoint removed after a finished run");
        assertTrue(o.bestEpoch() >= 1 && o.bestEpoch() <= 4);
        assertEquals(9, o.test().count(), "3 test stars per class");

        Manifest m = ModelBundle.readManifest(out);
        assertEquals(List.of("EW", "LPV", "RRab"), m.classNames());
        assertEquals(27, m.split().train().size());
        assertEquals(4, m.history().size());
        assertNotNull(m.testMetrics());
        assertEquals(24, m.inputs().get(0).length(), "Mahabal grid: 22 dm x 24 dt bins");
        assertNotNull(m.inputs().get(0).normalisation());
        assertNull(m.resume());
    }

    @Test
    void cnnLstmTrainsOnMaskedSequencesOfTheConfiguredLength() throws Exception {
        Path out = dir.resolve("l.zip");
        TrainingOutcome o = new TrainingJob(LearnFixtures.smallCrts(), LearnFixtures.fast("cnn-lstm", 1), out, null)
                .run(ProgressMonitor.NONE);
        assertEquals(TrainingOutcome.Status.COMPLETED, o.status());
        InputSpec seq = ModelBundle.readManifest(out).inputs().get(0);
        assertTrue(seq.masked());
        assertArrayEquals(new int[]{2, 96}, seq.shape(), "magnitude and log-dt channels, 96 steps");
        assertTrue(Double.isFinite(o.history().get(0).trainLoss()));
    }

    @Test
    void aRunThatDiesLeavesThePreviousModelIntactAndACancelBeforeAnyEpochWritesNothing() throws Exception {
        Catalog cat = LearnFixtures.smallCrts();
        TrainingConfig cfg = LearnFixtures.fast("cnn2d", 3);
        Path out = dir.resolve("model.zip");
        Files.copy(LearnFixtures.trainedCnn2d(), out);
        byte[] before = Files.readAllBytes(out);
        // a crash in epoch 2 (after epoch 1 improved and was kept beside the model)
        TrainingListener crashInEpoch2 = new TrainingListener() {
            @Override public void onIteration(int iteration, int epoch, double loss) {
                if (epoch == 2) throw new IllegalStateException("simulated crash");
            }
        };
        assertThrows(IllegalStateException.class, () -> new TrainingJob(cat, cfg, out, crashInEpoch2).run(ProgressMonitor.NONE));
        assertArrayEquals(before, Files.readAllBytes(out), "the previous model is untouched until a run ends");
        assertTrue(Files.exists(TrainingJob.bestPath(out)), "the best weights so far wait beside it");
        assertTrue(Files.exists(TrainingJob.checkpointPath(out)), "and the run can be resumed");

        Path fresh = dir.resolve("fresh.zip");
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        TrainingOutcome o = new TrainingJob(cat, cfg, fresh, null).run(cancelled);
        assertEquals(TrainingOutcome.Status.CANCELLED, o.status());
        assertNull(o.bundlePath(), "no model when no epoch finished");
        assertFalse(Files.exists(fresh));
        assertFalse(Files.exists(TrainingJob.checkpointPath(fresh)), "nothing to resume");
    }

    @Test
    void cancelledRunResumesToTheSameWeightsAsAnUninterruptedOne() throws Exception {
        Catalog cat = LearnFixtures.smallCrts();
        TrainingConfig cfg = LearnFixtures.fast("cnn2d", 3);
        Path straight = dir.resolve("straight.zip");
        new TrainingJob(cat, cfg, straight, null).run(ProgressMonitor.NONE);

        Path resumed = dir.resolve("resumed.zip");
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        };
        TrainingListener stopInEpoch2 = new TrainingListener() {
            @Override public void onIteration(int iteration, int epoch, double loss) { if (epoch == 2) cancel.set(true); }
        };
        TrainingOutcome first = new TrainingJob(cat, cfg, resumed, stopInEpoch2).run(monitor);
        assertEquals(TrainingOutcome.Status.CANCELLED, first.status());
        assertEquals(1, first.history().size());
        assertTrue(Files.exists(TrainingJob.checkpointPath(resumed)));
        assertTrue(Files.exists(resumed), "a cancel makes the best weights so far the model");
        assertFalse(Files.exists(TrainingJob.bestPath(resumed)));

        cancel.set(false);
        TrainingOutcome second = new TrainingJob(cat, cfg, resumed, null).resuming(true).run(monitor);
        assertEquals(TrainingOutcome.Status.COMPLETED, second.status());
        assertEquals(3, second.history().size());

        ModelBundle a = ModelBundle.load(straight), b = ModelBundle.load(resumed);
        assertEquals(a.manifest().bestEpoch(), b.manifest().bestEpoch());
        assertArrayEquals(a.network().params().toFloatVector(), b.network().params().toFloatVector(),
                "deterministic for a seed, and resuming continues exactly");
        assertEquals(a.manifest().history().get(2).valLoss(), b.manifest().history().get(2).valLoss(), 1e-6);
    }

    @Test
    void hybridTrainsOneEpoch() throws Exception {
        Path out = dir.resolve("h.zip");
        TrainingOutcome o = new TrainingJob(LearnFixtures.smallCrts(), LearnFixtures.fast("hybrid", 1), out, null)
                .run(ProgressMonitor.NONE);
        assertEquals(TrainingOutcome.Status.COMPLETED, o.status());
        ModelBundle b = ModelBundle.load(out);
        assertEquals(2, b.manifest().inputs().size());
        assertEquals(List.of(1, 22, 24), java.util.Arrays.stream(b.manifest().inputs().get(1).shape()).boxed().toList());
    }
}
