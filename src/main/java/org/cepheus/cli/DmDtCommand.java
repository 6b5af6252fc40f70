package org.cepheus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.DmDtGridFile;
import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `dmdt PATH --bins mahabal|fd --out FILE.csv`: dm-dt pair counts of every star, one row each. */
@Command(name = "dmdt", mixinStandardHelpOptions = true,
        description = {"Write every curve's dm-dt image (pair counts on a dm-dt grid) as CSV.",
                "All pairs (dm = m_j - m_i, dt = t_j - t_i, i < j) are counted; columns id,class,c0..cN",
                "(raw counts, row-major: dm rows, dt columns).",
                "--bins mahabal: the fixed 22 x 24 edges of Mahabal et al. 2017;",
                "--bins fd: the paper's Freedman-Diaconis grid, computed from this catalog and saved to --grid,",
                "or read from --grid when that file exists (so training and inference share one grid).",
                "Curves with more pairs than --max-pairs are counted from that many random pairs (seeded),",
                "their counts scaled up to all pairs; stderr names them."})
public final class DmDtCommand implements Callable<Integer> {
    private static final int CHUNK = 512; // curves per batch: bounds memory for large FD grids

    @Mixin
    CatalogArgs load;

    @Option(names = "--bins", paramLabel = "BINS", description = "mahabal or fd (default: the dmdt preset's, mahabal).")
    String bins;

    @Option(names = "--grid", paramLabel = "FILE.json", description = "FD grid file: reused if it exists, else computed and saved.")
    Path gridFile;

    @Option(names = "--max-pairs", paramLabel = "N",
            description = "Pair cap per curve (default: the dmdt preset's, ${DEFAULT-VALUE}); 0 counts all pairs however long.")
    long maxPairs = DmDt.defaultMaxPairs();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String b = (bins == null ? DmDtGrid.defaultRecipe() : bins).trim().toLowerCase(Locale.ROOT);
        if (!b.equals("mahabal") && !b.equals("fd")) throw new IllegalArgumentException("--bins must be mahabal or fd, got " + bins);
        if (b.equals("mahabal") && gridFile != null) throw new IllegalArgumentException("--grid goes with --bins fd (the Mahabal edges are fixed)");
        var err = spec.commandLine().getErr();
        Catalog catalog = load.loadWithWarnings(err);
        List<LightCurve> curves = catalog.curves();
        DmDtGrid grid;
        if (b.equals("mahabal")) {
            grid = DmDtGrid.mahabal();
        } else if (gridFile != null && Files.exists(gridFile)) {
            grid = DmDtGridFile.load(gridFile);
            err.println("Using the FD grid of " + gridFile + ": " + grid);
        } else {
            grid = DmDtGrid.freedmanDiaconis(curves);
            if (gridFile != null) {
                DmDtGridFile.save(grid, gridFile);
                err.println("Saved the FD grid to " + gridFile + ": " + grid);
            } else {
                err.println("FD grid from this catalog (not saved; use --grid to keep it): " + grid);
            }
        }
        var names = ScienceCli.names(curves);
        DmDt dmdt = new DmDt(grid, maxPairs, DmDt.defaultSeed());
        int sampled = 0;
        for (LightCurve c : curves) {
            if (!dmdt.samples(c.size())) continue;
            if (sampled++ < 10) {
                err.printf("%s: %,d points, dm-dt from %,d sampled pairs of %,d%n",
                        names.get(c), c.size(), dmdt.pairsCounted(c.size()), DmDt.pairs(c.size()));
            }
        }
        if (sampled > 10) err.printf("... %d curves in all imaged from sampled pairs%n", sampled);
        err.flush();
        int cells = grid.cells();
        long total = curves.stream().mapToLong(c -> dmdt.pairsCounted(c.size())).sum();
        var done = new java.util.concurrent.atomic.AtomicLong();
        var stars = new java.util.concurrent.atomic.AtomicInteger();
        err.printf("Counting %,d pairs of %d curves...%n", total, curves.size());
        err.flush();
        // the monitor stays open until the file is written or removed: Ctrl-C / SIGTERM waits for that
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            AtomicFiles.writeText(out, w -> {
                CsvWriter csv = new CsvWriter(w);
                csv.texts("id", "class");
                for (int c = 0; c < cells; c++) csv.text("c" + c);
                csv.endRow();
                for (int from = 0; from < curves.size(); from += CHUNK) {
                    List<LightCurve> part = curves.subList(from, Math.min(curves.size(), from + CHUNK));
                    float[][] h = dmdt.histograms(part, DmDt.Normalisation.RAW, monitor, k -> {
                        int d = stars.incrementAndGet();
                        double f = total == 0 ? 1 : (double) done.addAndGet(dmdt.pairsCounted(part.get(k).size())) / total;
                        monitor.progress(f, String.format("dm-dt: %d of %d stars, %.0f%% of the pairs", d, curves.size(), 100 * f));
                    });
                    for (int i = 0; i < part.size(); i++) {
                        csv.text(names.get(part.get(i))).text(part.get(i).label());
                        for (float v : h[i]) csv.number((long) v);
                        csv.endRow();
                    }
                }
            });
        }
        err.printf("Wrote %d dm-dt rows of %d cells (%d dm x %d dt) to %s%n", curves.size(), cells, grid.dmBins(), grid.dtBins(), out);
        err.flush();
        return 0;
    }
}
