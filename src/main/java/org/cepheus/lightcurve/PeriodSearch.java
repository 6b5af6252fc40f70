package org.cepheus.lightcurve;

import java.util.List;
import java.util.Locale;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.ProgressMonitor;

/**
 * A period-search method: a periodogram over a frequency grid (higher power = better period), its
 * distinct top peaks refined off the grid, and where the method has one, a false-alarm probability.
 */
public interface PeriodSearch {

    /** Short name used on the command line and in CSV output ("gls", "ce", "aov", ...). */
    String name();

    Periodogram search(LightCurve lc, FrequencyGrid grid);

    /** The same, stopping with {@link org.cepheus.service.CancelledException} once the monitor is cancelled. */
    default Periodogram search(LightCurve lc, FrequencyGrid grid, ProgressMonitor monitor) {
        monitor.checkCancelled();
        return search(lc, grid);
    }

    /** Search on the grid the options give for this curve. */
    default Periodogram search(LightCurve lc) {
        throw new UnsupportedOperationException("no options: use search(lc, grid)");
    }

    /** The same, stopping with {@link org.cepheus.service.CancelledException} once the monitor is cancelled. */
    default Periodogram search(LightCurve lc, ProgressMonitor monitor) {
        monitor.checkCancelled();
        return search(lc);
    }

    /** True when the method uses all bands of a star together ({@link #searchBands}). */
    default boolean multiband() { return false; }

    /**
     * A star's bands: a multiband method searches them together; a single-band method searches
     * the band with most points (the one the star view folds by default).
     */
    default Periodogram searchBands(List<LightCurve> bands, FrequencyGrid grid, ProgressMonitor monitor) {
        return search(mostPoints(bands), grid, monitor);
    }

    /** The same on the grid the options give (the bands' combined time span for a multiband method). */
    default Periodogram searchBands(List<LightCurve> bands, ProgressMonitor monitor) {
        return search(mostPoints(bands), monitor);
    }

    /** The band with most points (the first of equals). */
    static LightCurve mostPoints(List<LightCurve> bands) {
        if (bands.isEmpty()) throw new IllegalArgumentException("no light curve to search");
        LightCurve best = bands.get(0);
        for (LightCurve c : bands) if (c.size() > best.size()) best = c;
        return best;
    }

    /** Names accepted by {@link #byName}. */
    List<String> METHODS = List.of("gls", "gls-exact", "ce", "aov", "mgls");

    /** The method of that name with these options; a clear error for unknown names. */
    static PeriodSearch byName(String name, PeriodOptions options) {
        String n = name == null ? "gls" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "gls", "ls", "lomb-scargle" -> new FastLombScargle(options);
            case "gls-exact" -> new ExactLombScargle(options);
            case "mgls", "multiband" -> new MultibandLombScargle(options);
            default -> SecondMethods.byName(n, options);
        };
    }

    static PeriodSearch of(PeriodOptions options) {
        return byName(options.method(), options);
    }
}
