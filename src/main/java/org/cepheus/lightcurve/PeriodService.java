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
        return searchStars(curves.stream().map(List::of).toList(), options, monitor);
    }

    /**
     * One result per star, each a list of its bands: a multiband method (mgls) searches them
     * together, a single-band method the band with most points.
     */
    public static List<PeriodResult> searchStars(List<List<LightCurve>> stars, PeriodOptions options, ProgressMonitor monitor) {
        return searchStars(stars, options, 1, monitor).stream().map(r -> r.get(0)).toList();
    }

    /** Curves one by one, with prewhitening: per curve the result of each of at most {@code steps} steps. */
    public static List<List<PeriodResult>> searchAll(List<LightCurve> curves, PeriodOptions options, int steps, ProgressMonitor monitor) {
        return searchStars(curves.stream().map(List::of).toList(), options, steps, monitor);
    }

    /**
     * Stars with prewhitening: per star the result of each step (the star, then its residuals after
     * subtracting each step's best period with the preset's harmonics), at most {@code steps}.
     * Prewhitening works on one band: a multiband search of several bands takes one step.
     */
    public static List<List<PeriodResult>> searchStars(List<List<LightCurve>> stars, PeriodOptions options, int steps,
                                                       ProgressMonitor monitor) {
        PeriodSearch method = PeriodSearch.of(options);
        @SuppressWarnings("unchecked")
        List<PeriodResult>[] out = new List[stars.size()];
        AtomicInteger done = new AtomicInteger();
        int n = stars.size();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                monitor.checkCancelled();
                List<LightCurve> star = stars.get(i);
                out[i] = steps == 1 || (method.multiband() && star.size() > 1)
                        ? List.of(searchBands(method, star, options, monitor))
                        : searchSteps(method, PeriodSearch.mostPoints(star), options, steps, monitor);
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
        return searchBands(method, List.of(lc), options, monitor);
    }

    /** A star's bands (one result); a bad star becomes a result with its problem. */
    public static PeriodResult searchBands(PeriodSearch method, List<LightCurve> bands, PeriodOptions options, ProgressMonitor monitor) {
        LightCurve first = bands.get(0);
        try {
            List<LightCurve> used = method.multiband() ? bands : List.of(PeriodSearch.mostPoints(bands));
            FrequencyGrid grid = FrequencyGrid.forBands(used, options);
            return PeriodResult.of(method.searchBands(used, grid, monitor), first.label());
        } catch (IllegalArgumentException e) {
            return PeriodResult.failed(first.id(), first.label(), method.name(), e.getMessage());
        }
    }
}
