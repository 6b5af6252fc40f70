package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.lightcurve.FeatureExtractor;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import org.cepheus.service.CancelledException;
import org.cepheus.service.Job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The hand-made features of every star of a catalog as a table, exactly as the period-features
 * model computes them (same preset settings, same disk cache): for astronomers who want to look at
 * periods, amplitudes and colours themselves, or feed them to their own tools.
 */
public final class FeatureTable {

    /** One star: id, label (null when unlabelled), the period used, and the features (NaN = not computable). */
    public record Row(String id, String label, double period, double[] values) { }

    /** Feature names in column order, and one row per star in catalog order. */
    public record Table(List<String> names, List<Row> rows) { }

    private FeatureTable() { }

    /** Writes id,class,period,&lt;features&gt;... atomically; empty cells for features that cannot be computed. */
    public static void writeCsv(Table table, Path file) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.texts("id", "class", "period");
            for (String n : table.names()) csv.text(n);
            csv.endRow();
            for (Row r : table.rows()) {
                csv.text(r.id()).text(r.label()).number(r.period());
                for (double v : r.values()) csv.number(v);
                csv.endRow();
            }
        });
    }

    /**
     * Extracts the features of every star with a period-features preset's settings; bands left
     * empty in the preset are taken from the catalog (most common first). Parallel, cancellable.
     *
     * @param features where extracted features are kept (the caller's, closed by it): the same
     *                 store as training's gives the same values without a second period search
     */
    public static Job<Table> job(Catalog catalog, TrainingConfig config, FeatureStore features) {
        return monitor -> {
            PeriodFeaturesKind.Architecture a = config.architecture(PeriodFeaturesKind.Architecture.class);
            List<Star> stars = Star.of(catalog);
            PeriodFeatureInputs.Settings fixed = PeriodFeatureInputs.withBandsOf(a.features(), stars);
            FeatureExtractor fx = PeriodFeatureInputs.extractor(fixed);
            Row[] rows = new Row[stars.size()];
            AtomicInteger done = new AtomicInteger();
            int n = stars.size();
            IntStream.range(0, n).parallel().forEach(i -> {
                if (monitor.isCancelled()) throw new CancelledException();
                Star st = stars.get(i);
                FeatureExtractor.Result r = features.extract(fixed, fx, st);
                rows[i] = new Row(st.id(), st.label(), r.period(), r.scalars());
                int d = done.incrementAndGet();
                if (d % 64 == 0 || d == n) monitor.progress(d / (double) n, "features " + d + "/" + n);
            });
            return new Table(fx.names(), List.of(rows));
        };
    }
}
