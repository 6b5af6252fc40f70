package org.cepheus.learn;

import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each batch iterator owns its prefetch thread, and closing it ends that thread. */
class CachedBatchIteratorTest {

    private static long prefetchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("cepheus-batches")).count();
    }

    @Test
    void closingEndsItsPrefetchThread() throws Exception {
        InputSpec spec = new InputSpec("x", "test", new int[]{1, 2}, false, null, null);
        InputEncoder enc = new InputEncoder() {
            @Override public InputSpec spec() { return spec; }
            @Override public void encode(Star star, float[] f, float[] m) { f[0] = star.id().length(); f[1] = 1; }
        };
        List<Star> stars = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            stars.add(new Star("s" + "x".repeat(i), null, List.of(new LightCurve("s" + i, "", new double[]{0, 1},
                    new double[]{1, 2}, null))));
        }
        EncodedCache cache = EncodedCache.build(stars, List.of(enc), ProgressMonitor.NONE);
        long before = prefetchThreads();
        int[] all = java.util.stream.IntStream.range(0, 10).toArray();
        int seen = 0;
        try (CachedBatchIterator it = new CachedBatchIterator(cache, List.of(spec), all, null, 2, 3, null)) {
            assertEquals(before + 1, prefetchThreads(), "its own thread");
            while (it.hasNext()) seen += (int) it.next().getFeatures(0).size(0);
        }
        assertEquals(10, seen);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (prefetchThreads() > before && System.nanoTime() < deadline) Thread.sleep(10);
        assertTrue(prefetchThreads() <= before, "the prefetch thread ended with close()");
    }
}
