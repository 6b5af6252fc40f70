package org.cepheus.lightcurve;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;

/**
 * Catalog-wide period search on all cores, cancellable, with progress. A curve that cannot be
 * searched (too few points, no time span) gets a result naming the problem; the others go on.
 * Power arrays are not kept (a 200,000-frequency periodogram is 1.6 MB per star).
 */
public final class PeriodService {
    private PeriodService() { }

    public static List<PeriodResult> searchAll(List<LightCurve> curves, PeriodOptions options, ProgressMonitor monitor) {
        return searchAll(curves, options, 1, monitor).stream().map(r -> r.get(0)).toList();
    }

    /**
     * The same with prewhitening: per curve the result of each step (the curve, then its residuals
     * after subtracting each step's best period with the preset's harmonics), at most {@code steps}.
     */
    public static List<List<PeriodResult>> searchAll(List<LightCurve> curves, PeriodOptions options, int steps, ProgressMonitor monitor) {
        PeriodSearch method = PeriodSearch.of(options);
        @SuppressWarnings("unchecked")
        List<PeriodResult>[] out = new List[curves.size()];
        AtomicInteger done = new AtomicInteger();
        int n = curves.size();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                monitor.checkCancelled();
                out[i] = searchSteps(method, curves.get(i), options, steps, monitor);
                int d = done.incrementAndGet();
                monitor.progress((double) d / n, "period search (" + method.name() + "): " + d + " of " + n);
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /** Prewhitening steps of one curve; a bad curve becomes one result with its problem. */
    public static List<PeriodResult> searchSteps(PeriodSearch method, LightCurve lc, PeriodOptions options, int steps, ProgressMonitor monitor) {
        if (steps == 1) return List.of(searchOne(method, lc, options, monitor));
        try {
            FrequencyGrid grid = FrequencyGrid.forCurve(lc, options);
            return Prewhitening.run(method, lc, grid, steps, options.peakAnalysis(), monitor)
                    .stream().map(pg -> PeriodResult.of(pg, lc.label())).toList();
        } catch (IllegalArgumentException e) {
            return List.of(PeriodResult.failed(lc.id(), lc.label(), method.name(), e.getMessage()));
        }
    }

    /** One curve on the grid its options give; a bad curve becomes a result with its problem. */
    public static PeriodResult searchOne(PeriodSearch method, LightCurve lc, PeriodOptions options) {
        return searchOne(method, lc, options, ProgressMonitor.NONE);
    }

    /** The same, stopping with CancelledException once the monitor is cancelled (inside the search of a long curve too). */
    public static PeriodResult searchOne(PeriodSearch method, LightCurve lc, PeriodOptions options, ProgressMonitor monitor) {
        try {
            FrequencyGrid grid = FrequencyGrid.forCurve(lc, options);
            return PeriodResult.of(method.search(lc, grid, monitor), lc.label());
        } catch (IllegalArgumentException e) {
            return PeriodResult.failed(lc.id(), lc.label(), method.name(), e.getMessage());
        }
    }
}
