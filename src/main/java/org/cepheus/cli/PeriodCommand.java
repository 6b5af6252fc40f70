package org.cepheus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FrequencyGrid;
import org.cepheus.lightcurve.Peak;
import org.cepheus.lightcurve.SpectralWindow;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodResult;
import org.cepheus.lightcurve.PeriodService;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `period PATH --out FILE.csv`: the best periods of every star, on both cores. */
@Command(name = "period", mixinStandardHelpOptions = true,
        description = {"Search every light curve for its period and write the best peaks as CSV.",
                "Columns id,period,power,fap,method,",
                "period_error,snr,aliases (one row per peak, best first, --top rows per star; fap for",
                "every peak, period_error for the best; aliases against the best: one-day, mirror, half,",
                "double). --prewhiten N: N successive searches of the residuals, with a step column.",
                "Methods: gls (generalized Lomb-Scargle, fast), gls-exact, aov (multi-harmonic AoV,",
                "for eclipsing binaries and other non-sinusoidal shapes), ce (conditional entropy),",
                "mgls (multiband Lomb-Scargle: all bands of a star at one period, one row set per star).",
                "--window FILE.csv: the spectral window of each curve's sampling (the periodogram of its time",
                "stamps alone) on the same grid, its highest peaks as id,frequency,period,power,rank: the",
                "frequencies the sampling itself puts power at (1 c/d, the Moon, the seasons)."})
public final class PeriodCommand implements Callable<Integer> {
    @Mixin
    CatalogArgs load;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    @Option(names = "--method", paramLabel = "METHOD", description = "gls, gls-exact, ce, aov or mgls (default: the preset's, gls).")
    String method;

    @Option(names = "--min-period", paramLabel = "DAYS", description = "Shortest period searched (default: the preset's, 0.1 d).")
    Double minPeriod;

    @Option(names = "--max-period", paramLabel = "DAYS", description = "Longest period searched (default: half of each curve's time span).")
    Double maxPeriod;

    @ArgGroup(exclusive = true)
    Grid grid;

    static final class Grid {
        @Option(names = "--frequencies", paramLabel = "N", description = "Exactly N frequencies between 1/max and 1/min period.")
        Integer frequencies;

        @Option(names = "--oversampling", paramLabel = "K", description = "Frequency step 1/(K * time span) (default: the preset's, 10).")
        Double oversampling;
    }

    @Option(names = "--top", paramLabel = "K", defaultValue = "1", description = "Peaks written per star (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--window", paramLabel = "FILE.csv",
            description = "Also write the spectral window's highest peaks of each curve (or star, for mgls) to this CSV.")
    Path window;

    @Option(names = "--window-top", paramLabel = "K", defaultValue = "5",
            description = "Window peaks written per curve (default: ${DEFAULT-VALUE}).")
    int windowTop;

    @Option(names = "--prewhiten", paramLabel = "N", arity = "0..1", fallbackValue = "0",
            description = "Prewhiten: N successive periods, each search on the residuals of the one before "
                    + "(fit with the preset's harmonics subtracted); without N the preset's number of steps.")
    Integer prewhiten;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PeriodOptions o = options();
        var err = spec.commandLine().getErr();
        Catalog catalog = load.loadWithWarnings(err);
        List<PeriodResult> results;
        boolean together = org.cepheus.lightcurve.PeriodSearch.of(o).multiband();
        // the monitor stays open until the file is written: Ctrl-C / SIGTERM waits for that
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            err.printf("Searching %d curves for periods (%s)...%n", catalog.curves().size(), o.method());
            err.flush();
            // mgls: one row set per star from all its bands; other methods: one per curve (id/band)
            List<List<LightCurve>> units = together ? List.copyOf(catalog.byStar().values())
                    : catalog.curves().stream().map(List::of).toList();
            int steps = steps(o);
            List<List<PeriodResult>> all = PeriodService.searchStars(units, o, steps, monitor);
            results = all.stream().map(r -> r.get(0)).toList();
            Map<LightCurve, String> names = ScienceCli.names(catalog.curves());
            List<String> rowNames = units.stream().map(u -> together ? u.get(0).id() : names.get(u.get(0))).toList();
            AtomicFiles.writeText(out, w -> {
                CsvWriter csv = new CsvWriter(w);
                if (prewhiten == null) csv.row("id", "period", "power", "fap", "method", "period_error", "snr", "aliases");
                else csv.row("id", "period", "power", "fap", "method", "period_error", "snr", "aliases", "step");
                for (int i = 0; i < all.size(); i++) {
                    String name = rowNames.get(i);
                    List<PeriodResult> stepsOfStar = all.get(i);
                    for (int s = 0; s < stepsOfStar.size(); s++) {
                        PeriodResult r = stepsOfStar.get(s);
                        for (int k = 0; k < Math.min(top, r.peaks().size()); k++) {
                            Peak p = r.peaks().get(k);
                            csv.text(name).number(p.period()).number(p.power()).number(p.fap()).text(r.method())
                                    .number(p.periodError()).number(p.snr()).text(p.aliasText());
                            if (prewhiten != null) csv.number(s + 1);
                            csv.endRow();
                        }
                    }
                }
            });
            if (window != null) writeWindow(units, rowNames, o, monitor);
        }
        int failed = 0;
        for (PeriodResult r : results) {
            if (!r.ok()) {
                if (failed++ < 10) err.println("warning: " + r.problem());
            }
        }
        err.printf("Wrote the periods of %d of %d %s (%s) to %s%n", results.size() - failed, results.size(), together ? "stars" : "curves", o.method(), out);
        err.flush();
        return failed == results.size() ? 1 : 0;
    }

    /** The spectral window of each unit's sampling on its period-search grid: its highest peaks. */
    private void writeWindow(List<List<LightCurve>> units, List<String> rowNames, PeriodOptions o,
                             org.cepheus.service.ProgressMonitor monitor) throws java.io.IOException {
        List<List<SpectralWindow.WindowPeak>> peaks = new java.util.ArrayList<>();
        for (List<LightCurve> unit : units) {
            monitor.checkCancelled();
            double[] t = unit.stream().flatMapToDouble(c -> java.util.Arrays.stream(c.time())).toArray();
            if (t.length < 2) {
                peaks.add(List.of());
                continue;
            }
            FrequencyGrid g = unit.size() == 1 ? FrequencyGrid.forCurve(unit.get(0), o) : FrequencyGrid.forBands(unit, o);
            peaks.add(SpectralWindow.peaks(SpectralWindow.power(t, g, monitor), g, windowTop));
        }
        AtomicFiles.writeText(window, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.row("id", "frequency", "period", "power", "rank");
            for (int i = 0; i < units.size(); i++) {
                int rank = 1;
                for (SpectralWindow.WindowPeak p : peaks.get(i)) {
                    csv.text(rowNames.get(i)).number(p.frequency()).number(p.period()).number(p.power()).number(rank++);
                    csv.endRow();
                }
            }
        });
        spec.commandLine().getErr().printf("Wrote the spectral-window peaks of %d %s to %s%n", units.size(),
                units.size() == 1 ? "sampling" : "samplings", window);
    }

    /** Prewhitening steps: 1 without --prewhiten, the preset's with a bare --prewhiten. */
    int steps(PeriodOptions o) {
        if (prewhiten == null) return 1;
        if (prewhiten == 0) return o.peakAnalysis().prewhitenSteps();
        return prewhiten;
    }

    PeriodOptions options() {
        if (prewhiten != null && prewhiten < 0) throw new IllegalArgumentException("--prewhiten must be at least 1");
        if (top < 1) throw new IllegalArgumentException("--top must be at least 1");
        if (windowTop < 1) throw new IllegalArgumentException("--window-top must be at least 1");
        PeriodOptions o = PeriodOptions.defaults();
        if (method != null) o = o.withMethod(method);
        org.cepheus.lightcurve.PeriodSearch.of(o); // unknown method: fail before loading
        o = o.withPeriodRange(minPeriod != null ? minPeriod : o.minPeriod(), maxPeriod != null ? maxPeriod : o.maxPeriod());
        if (grid != null && grid.frequencies != null) o = o.withFrequencies(grid.frequencies);
        if (grid != null && grid.oversampling != null) o = o.withOversampling(grid.oversampling);
        return o.withTopK(Math.max(top, o.topK()));
    }
}
