package org.cepheus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.EvaluateJob;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.SplitPart;
import org.cepheus.learn.Versions;
import org.cepheus.lightcurve.FoldedCurve;
import org.cepheus.lightcurve.FrequencyGrid;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodResult;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.lightcurve.PeriodService;
import org.cepheus.lightcurve.Periodogram;
import org.cepheus.lightcurve.PhaseFold;
import org.cepheus.service.ProgressMonitor;

/**
 * Builds the {@link ReportModel} of one classification run: the header from the bundle's manifest
 * and the catalog, the metrics on the chosen split ({@link SplitChoice}), each star's answer with
 * the period it is folded at (the catalog's, else the period preset's search), and the figure
 * panels.
 */
public final class ReportBuilder {
    private final ModelBundle bundle;
    private final String modelFile;
    private final Catalog catalog;
    private final String catalogName;
    private final List<Prediction> predictions;
    private final SplitPart requested;
    private ReportPreset preset = ReportPreset.defaults();
    private PeriodOptions periods = PeriodOptions.defaults();

    /**
     * @param predictions the answers for every star of the catalog (e.g. from a Classifier)
     * @param requested   the split asked for, or null for {@link SplitChoice}'s default
     */
    public ReportBuilder(ModelBundle bundle, String modelFile, Catalog catalog, String catalogName,
                         List<Prediction> predictions, SplitPart requested) {
        this.bundle = bundle;
        this.modelFile = modelFile;
        this.catalog = catalog;
        this.catalogName = catalogName;
        this.predictions = List.copyOf(predictions);
        this.requested = requested;
    }

    public ReportBuilder preset(ReportPreset p) {
        preset = p;
        return this;
    }

    public ReportBuilder periodOptions(PeriodOptions p) {
        periods = p;
        return this;
    }

    public ReportModel build(ProgressMonitor monitor) {
        Manifest m = bundle.manifest();
        Map<String, List<LightCurve>> byStar = catalog.byStar();
        SplitChoice split = SplitChoice.of(m, byStar.keySet(), requested);
        Set<String> known = new HashSet<>(m.classNames());
        EvaluationResult metrics = predictions.stream().anyMatch(p -> p.trueLabel() != null && known.contains(p.trueLabel()))
                ? EvaluateJob.fromPredictions(bundle, predictions, split.part()) : null;
        Set<String> scored = new HashSet<>();
        if (metrics != null) for (Prediction p : metrics.predictions()) scored.add(p.id());

        double[] period = new double[predictions.size()];
        String[] source = new String[predictions.size()];
        findPeriods(byStar, period, source, monitor.part(0, 0.85));

        Map<String, String> partOf = new HashMap<>();
        if (m.split() != null) {
            for (SplitPart p : List.of(SplitPart.TRAIN, SplitPart.VALIDATION, SplitPart.TEST)) {
                for (String id : m.split().part(p)) partOf.put(id, p.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<ReportModel.StarEntry> stars = new ArrayList<>(predictions.size());
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            stars.add(new ReportModel.StarEntry(p.id(), p.trueLabel(), p.predicted(), p.probability(), p.probabilities().clone(),
                    period[i], source[i], p.novelty(), p.flags().stream().map(Prediction.Flag::code).sorted().toList(),
                    partOf.getOrDefault(p.id(), ""), scored.contains(p.id())));
        }
        monitor.progress(0.9, "drawing the example stars");
        List<ReportModel.Panel> panels = panels(m.classNames(), stars, byStar, metrics != null);
        monitor.progress(1, "report ready");
        return new ReportModel(header(m, byStar, split), metrics, stars, panels);
    }

    private ReportModel.Header header(Manifest m, Map<String, List<LightCurve>> byStar, SplitChoice split) {
        Map<String, Integer> classes = new TreeMap<>();
        for (List<LightCurve> bands : byStar.values()) {
            String label = bands.get(0).label();
            classes.merge(label == null ? "" : label, 1, Integer::sum);
        }
        Manifest.SplitIds s = m.split();
        String kindName;
        try {
            kindName = bundle.kind().displayName();
        } catch (IllegalArgumentException e) {
            kindName = m.modelKind();
        }
        return new ReportModel.Header(catalogName, byStar.size(), classes, modelFile, m.modelKind(), kindName, m.classNames(),
                s == null ? "" : s.catalog(), s == null ? 0 : s.train().size(), s == null ? 0 : s.validation().size(),
                s == null ? 0 : s.test().size(), "resources/presets/" + m.modelKind() + ".json", hyperParameters(m),
                m.bestEpoch(), m.software(), m.backend(), m.created() == null ? "" : m.created(),
                Versions.software(), Versions.backend(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), split,
                m.temperature(), m.novelty() == null ? null : m.novelty().describe());
    }

    /** The training configuration flattened to dotted names (encoding.minPoints = 10). */
    static Map<String, String> hyperParameters(Manifest m) {
        Map<String, String> out = new LinkedHashMap<>();
        if (m.config() == null) return out;
        flatten("", new ObjectMapper().valueToTree(m.config()), out);
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n.isObject() && !prefix.startsWith("architecture")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (!n.isNull()) {
            out.put(prefix, n.isValueNode() ? n.asText() : n.toString());
        }
    }

    /** The catalog's period where it has one, else the best peak of the period preset's search. */
    private void findPeriods(Map<String, List<LightCurve>> byStar, double[] period, String[] source, ProgressMonitor monitor) {
        List<Integer> search = new ArrayList<>();
        List<List<LightCurve>> bands = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            List<LightCurve> b = byStar.get(predictions.get(i).id());
            double catalogPeriod = b == null ? Double.NaN : catalogPeriod(b);
            period[i] = catalogPeriod;
            source[i] = Double.isNaN(catalogPeriod) ? "" : "catalog";
            if (b != null && Double.isNaN(catalogPeriod)) {
                search.add(i);
                bands.add(b);
            }
        }
        if (search.isEmpty()) return;
        List<PeriodResult> found = PeriodService.searchStars(bands, periods, monitor);
        for (int k = 0; k < search.size(); k++) {
            PeriodResult r = found.get(k);
            if (!r.ok()) continue;
            period[search.get(k)] = r.bestPeriod();
            source[search.get(k)] = r.method();
        }
    }

    static double catalogPeriod(List<LightCurve> bands) {
        for (LightCurve c : bands) if (c.metadata() != null && c.metadata().hasPeriod()) return c.metadata().period();
        return Double.NaN;
    }

    private List<ReportModel.Panel> panels(List<String> classes, List<ReportModel.StarEntry> stars,
                                           Map<String, List<LightCurve>> byStar, boolean labelled) {
        Comparator<ReportModel.StarEntry> confident = Comparator.comparingDouble(ReportModel.StarEntry::probability).reversed();
        List<ReportModel.Panel> out = new ArrayList<>();
        for (String c : classes) {
            // labelled: right answers of true class c, then wrong answers of true class c; else answers of c
            List<ReportModel.StarEntry> right = stars.stream()
                    .filter(s -> labelled ? s.scored() && c.equals(s.trueLabel()) && c.equals(s.predicted()) : c.equals(s.predicted()))
                    .sorted(confident).limit(preset.correctPerClass()).toList();
            List<ReportModel.StarEntry> wrong = !labelled ? List.of() : stars.stream()
                    .filter(s -> s.scored() && c.equals(s.trueLabel()) && !c.equals(s.predicted()))
                    .sorted(confident).limit(preset.wrongPerClass()).toList();
            for (ReportModel.StarEntry s : right) addPanel(out, c, true, s, byStar.get(s.id()));
            for (ReportModel.StarEntry s : wrong) addPanel(out, c, false, s, byStar.get(s.id()));
        }
        return out;
    }

    private void addPanel(List<ReportModel.Panel> out, String c, boolean correct, ReportModel.StarEntry s, List<LightCurve> bands) {
        if (bands == null) return;
        LightCurve lc = PeriodSearch.mostPoints(bands);
        double[] freq = new double[0], power = new double[0];
        try {
            Periodogram pg = PeriodSearch.of(periods).search(lc, FrequencyGrid.forCurve(lc, periods));
            double[][] thin = thinPeaks(pg.grid(), pg.power(), preset.periodogramPoints());
            freq = thin[0];
            power = thin[1];
        } catch (IllegalArgumentException e) {
            // too few points or no time span: the panel shows the curve without a periodogram
        }
        double[] phase = new double[0], folded = new double[0];
        if (Double.isFinite(s.period()) && s.period() > 0) {
            FoldedCurve f = PhaseFold.fold(lc, s.period());
            phase = f.phase();
            folded = f.mag();
        }
        int step = Math.max(1, lc.size() / preset.curvePoints());
        out.add(new ReportModel.Panel(c, correct, s, lc.band(), every(lc.time(), step), every(lc.mag(), step),
                every(phase, step), every(folded, step), freq, power));
    }

    private static double[] every(double[] a, int step) {
        if (step == 1) return a.clone();
        double[] out = new double[(a.length + step - 1) / step];
        for (int i = 0; i < out.length; i++) out[i] = a[i * step];
        return out;
    }

    /** At most n points: each stretch of the grid keeps its highest power, so no peak is lost. */
    static double[][] thinPeaks(FrequencyGrid grid, double[] power, int n) {
        int len = power.length;
        int stretch = Math.max(1, (len + n - 1) / n);
        int k = (len + stretch - 1) / stretch;
        double[] f = new double[k], p = new double[k];
        for (int j = 0; j < k; j++) {
            int best = j * stretch;
            for (int i = best; i < Math.min(len, (j + 1) * stretch); i++) if (power[i] > power[best]) best = i;
            f[j] = grid.frequency(best);
            p[j] = power[best];
        }
        return new double[][] {f, p};
    }
}
