package org.cepheus.learn;

import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feature table job on real CRTS RR Lyrae: periods where RRab pulsate, progress, cancellation. */
class FeatureTableTest {

    private static Catalog rrab(int n) throws Exception {
        return CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("RRab")).withPerClassCap(n), ProgressMonitor.NONE);
    }

    @Test
    void rrLyraePeriodsAndProgressToTheEnd() throws Exception {
        Catalog cat = rrab(40);
        AtomicReference<Double> last = new AtomicReference<>(0.0);
        ProgressMonitor watch = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { last.accumulateAndGet(fraction, Math::max); }
            @Override public boolean isCancelled() { return false; }
        };
        FeatureTable.Table t = FeatureTable.job(cat, TrainingConfig.preset("period-features"), FeatureStore.inMemory()).run(watch);
        assertEquals(40, t.rows().size());
        assertEquals(1.0, last.get(), 1e-12, "progress reaches the end");
        int inRange = 0;
        for (FeatureTable.Row r : t.rows()) {
            assertEquals("RRab", r.label());
            assertEquals(t.names().size(), r.values().length);
            // fundamental-mode RR Lyrae pulsate in 0.4-0.9 d (a one-day alias wins for a few)
            if (r.period() > 0.4 && r.period() < 0.9) inRange++;
        }
        assertTrue(inRange >= 30, inRange + " of 40 RRab periods in 0.4-0.9 d");
    }

    @Test
    void cancellingStopsTheJob() throws Exception {
        Catalog cat = rrab(200);
        AtomicInteger calls = new AtomicInteger();
        ProgressMonitor stopSoon = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return calls.incrementAndGet() > 5; }
        };
        assertThrows(CancelledException.class,
                () -> FeatureTable.job(cat, TrainingConfig.preset("period-features"), FeatureStore.inMemory()).run(stopSoon));
        assertTrue(calls.get() < 200, "stopped early, after " + calls.get() + " checks");
    }
}
