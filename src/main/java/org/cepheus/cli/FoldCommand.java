package org.cepheus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FoldedCurve;
import org.cepheus.lightcurve.PhaseFold;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `fold PATH --id ID --period P --out FILE.csv`: one star folded at any period. */
@Command(name = "fold", mixinStandardHelpOptions = true,
        description = {"Fold one star's light curve at a period and write phase,mag,err.",
                "Phase = ((t - epoch) / P) mod 1, sorted by phase; the epoch defaults to the brightest point."})
public final class FoldCommand implements Callable<Integer> {
    @Mixin
    CatalogArgs load;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Star id (id/band when a star has several bands).")
    String id;

    @Option(names = "--period", required = true, paramLabel = "DAYS", description = "Folding period in days.")
    double period;

    @Option(names = "--epoch", paramLabel = "TIME", description = "Epoch of phase 0, in the curve's time scale (default: the brightest point).")
    Double epoch;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.csv", description = "Output CSV.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(period > 0)) throw new IllegalArgumentException("--period must be a positive number of days, got " + period);
        var err = spec.commandLine().getErr();
        Catalog catalog = load.loadWithWarnings(err);
        LightCurve lc = find(catalog.curves());
        FoldedCurve f = epoch == null ? PhaseFold.fold(lc, period) : PhaseFold.fold(lc, period, epoch);
        AtomicFiles.writeText(out, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.row("phase", "mag", "err");
            for (int i = 0; i < f.size(); i++) {
                csv.number(f.phase()[i]).number(f.mag()[i]).number(f.err() == null ? Double.NaN : f.err()[i]);
                csv.endRow();
            }
        });
        err.printf("Folded %s (%d points) at P = %s d, epoch %s, to %s%n", id, f.size(), period, f.epoch(), out);
        err.flush();
        return 0;
    }

    private LightCurve find(List<LightCurve> curves) {
        var names = ScienceCli.names(curves);
        List<LightCurve> byName = curves.stream().filter(c -> names.get(c).equals(id)).toList();
        if (byName.size() == 1) return byName.get(0);
        List<LightCurve> byId = curves.stream().filter(c -> c.id().equals(id)).toList();
        if (byId.size() == 1) return byId.get(0);
        if (byId.size() > 1) {
            throw new IllegalArgumentException("star " + id + " has several bands here; name one: "
                    + String.join(", ", byId.stream().map(names::get).toList()));
        }
        throw new IllegalArgumentException("no star " + id + " in " + load.path + " (" + curves.size() + " curves loaded)");
    }
}
