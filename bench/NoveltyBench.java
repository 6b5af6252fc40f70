import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.*;
import org.cepheus.service.ProgressMonitor;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Novelty detection measured on real stars of classes a model never saw: trains (or reuses) the
 * period-features model on the 7 paper classes of CRTS, then scores its held-out test stars
 * (known classes) against every CRTS star of the other classes (beta_lyrae, HADS, ELL, Cep_II,
 * PCEB, Blazhko, ACEP, Hump, LADS), and optionally OGLE Cepheids and EROS-1 stars (other surveys).
 * Candidates: Mahalanobis to the nearest class mean (shared covariance) in the embedding, in the
 * feature input and both; k-NN distance in each; 1 - max softmax; energy (-logsumexp of logits).
 * Per method: AUROC known-test vs unseen (overall, without Blazhko, per class), the share flagged
 * at the threshold keeping 95 % of the validation stars, and per class the median probability of
 * the stars called a known class.
 *
 * Calibration: the temperature (the bundle's, else fitted here on the validation stars with
 * learn.Calibration, as training does), NLL and ECE (15 bins) of validation and test stars at T = 1
 * and at T, and each unseen class's median best probability at both. Further candidates: the
 * probability scores at T, Ledoit-Wolf per-class covariances, relative Mahalanobis (Ren et al.
 * 2021), 10-NN in per-class standardised units, rank averages; each row also gives its AUROC minus
 * the former kept method's (paired bootstrap over stars) and the unseen share flagged at the
 * threshold that keeps 95 % of the known test stars.
 *
 * Usage: NoveltyBench CRTS_DIR MODEL.zip FEATURE_CACHE_DIR [OGLE_DIR] [EROS_DIR] [PER_CLASS_REGEX]
 * (MODEL.zip is trained with the preset when missing.)
 */
public class NoveltyBench {
    static final Set<String> KNOWN = Set.of("EW", "EA", "RRab", "RRc", "RRd", "RS_CVn", "LPV");

    public static void main(String[] a) throws Exception {
        Path crts = Path.of(a[0]), model = Path.of(a[1]);
        FeatureStore fs = FeatureStore.onDisk(Path.of(a[2]));
        Catalog cat = CatalogLoader.load(crts, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        long t0 = System.nanoTime();
        if (!Files.exists(model)) {
            TrainingConfig cfg = TrainingConfig.preset("period-features");
            TrainingOutcome o = new TrainingJob(cat, cfg, model, null).classes(KNOWN).features(fs).run(ProgressMonitor.NONE);
            System.out.printf("trained in %.1f min, best epoch %d, test macro-F1 %.3f%n", (System.nanoTime() - t0) / 6e10,
                    o.bestEpoch(), o.test().macroF1());
        }
        ModelBundle b = ModelBundle.load(model);
        Manifest m = b.manifest();
        Map<String, Star> byId = new HashMap<>();
        List<Star> all = Star.of(cat);
        for (Star s : all) byId.put(s.id(), s);
        List<Star> train = pick(m.split().train(), byId), val = pick(m.split().validation(), byId), test = pick(m.split().test(), byId);
        List<Star> unseen = all.stream().filter(s -> s.label() != null && !KNOWN.contains(s.label())).toList();
        Novelty.Representations rTr = Novelty.represent(b, train, fs, ProgressMonitor.NONE);
        Novelty.Representations rVa = Novelty.represent(b, val, fs, ProgressMonitor.NONE);
        Novelty.Representations rTe = Novelty.represent(b, test, fs, ProgressMonitor.NONE);
        Novelty.Representations rUn = Novelty.represent(b, unseen, fs, ProgressMonitor.NONE);
        Map<String, Novelty.Representations> other = new LinkedHashMap<>();
        if (a.length > 3) other.put("OGLE-LMC-CEP (I)", Novelty.represent(b, Star.of(CatalogLoader.load(Path.of(a[3]), CatalogLoader.Options.defaults(), ProgressMonitor.NONE)), fs, ProgressMonitor.NONE));
        if (a.length > 4) {
            Catalog eros = CatalogLoader.load(Path.of(a[4]), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
            List<Star> es = Star.of(eros);
            for (String c : new TreeSet<>(eros.starClassCounts().keySet())) {
                other.put("EROS-1 " + c, Novelty.represent(b, es.stream().filter(s -> c.equals(s.label())).toList(), fs, ProgressMonitor.NONE));
            }
        }
        int k = m.classNames().size();
        int[] yTr = new int[train.size()];
        for (int i = 0; i < yTr.length; i++) yTr[i] = m.classNames().indexOf(train.get(i).label());
        String[] unseenLabels = unseen.stream().map(Star::label).toArray(String[]::new);
        System.out.printf("model %s: %d classes, %d train, %d validation, %d test, %d unseen stars; embedding %d, input %d%n",
                model, k, train.size(), val.size(), test.size(), unseen.size(), rTr.embedding()[0].length,
                rTr.input() == null ? 0 : rTr.input()[0].length);

        Map<String, Scorer> methods = new LinkedHashMap<>();
        // the detector as a bundle stores it (Novelty.fit): spaces x covariance
        String[][] variants = {{"embedding"}, {"input"}, {"embedding", "input"}, {"probability"},
                {"probability", "embedding"}, {"probability", "input"}, {"probability", "embedding", "input"}};
        for (boolean perClass : new boolean[]{false, true}) {
            for (String[] v : variants) {
                if (perClass && v.length == 1 && v[0].equals("probability")) continue;
                NoveltyModel nm = Novelty.fit(List.of(v), perClass, rTr, yTr, k, rVa, 0.95);
                methods.put("mahalanobis " + (perClass ? "per-class " : "shared ") + String.join("+", v), r -> Novelty.scores(nm, r));
            }
        }
        for (String sp : List.of("embedding", "input")) {
            float[][] ref = rTr.space(sp);
            methods.put("10-NN " + sp, r -> knn(ref, r.space(sp), 10));
        }
        INDArray w = b.network().getOutputLayer(0).getParam("W"), bias = b.network().getOutputLayer(0).getParam("b");
        if (m.novelty() != null) methods.put("the bundle's own detector (Classifier's novelty score)", r -> Novelty.scores(m.novelty(), r));
        methods.put("energy", r -> energy(r.embedding(), w, bias));
        methods.put("1 - max softmax", r -> Arrays.stream(r.probabilities()).mapToDouble(p -> 1 - max(p)).toArray());

        // temperature scaling (learn.Calibration): fitted on the validation stars, as Trainer does
        int[] yVa = labels(val, m.classNames()), yTe = labels(test, m.classNames());
        double tFit = m.temperature() != null ? m.temperature() : Calibration.fit(b, val, fs, ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "%ntemperature %.4f (%s)%n", tFit, m.temperature() != null ? "stored in the bundle" : "fitted here on the validation stars");
        Novelty.Representations vT = atTemperature(rVa, w, bias, tFit), teT = atTemperature(rTe, w, bias, tFit),
                unT = atTemperature(rUn, w, bias, tFit), trT = atTemperature(rTr, w, bias, tFit);
        Novelty.Representations v1 = atTemperature(rVa, w, bias, 1), te1 = atTemperature(rTe, w, bias, 1);
        System.out.println("| split | T | NLL | ECE (15 bins) | accuracy |");
        for (double t : new double[]{1, tFit}) {
            Novelty.Representations vv = t == 1 ? v1 : vT, tt = t == 1 ? te1 : teT;
            System.out.printf(Locale.ROOT, "| validation | %.3f | %.4f | %.4f | %.4f |%n", t, Calibration.nll(vv.probabilities(), yVa),
                    Calibration.ece(vv.probabilities(), yVa, 15), accuracy(vv.probabilities(), yVa));
            System.out.printf(Locale.ROOT, "| test | %.3f | %.4f | %.4f | %.4f |%n", t, Calibration.nll(tt.probabilities(), yTe),
                    Calibration.ece(tt.probabilities(), yTe, 15), accuracy(tt.probabilities(), yTe));
        }
        double maxDiff = 0;
        Novelty.Representations teOwn = atTemperature(rTe, w, bias, m.temperatureOrOne());
        for (int i = 0; i < rTe.probabilities().length; i++) for (int c = 0; c < k; c++) {
            maxDiff = Math.max(maxDiff, Math.abs(rTe.probabilities()[i][c] - teOwn.probabilities()[i][c]));
        }
        System.out.printf(Locale.ROOT, "softmax of the embedding's logits / %.4f vs the bundle's probabilities: max difference %.2e%n",
                m.temperatureOrOne(), maxDiff);
        System.out.println("| unseen class | stars | called (most often) | median p at T = 1 | median p at T |");
        for (String c : new TreeSet<>(Arrays.asList(unseenLabels))) {
            List<Double> p1 = new ArrayList<>(), pT = new ArrayList<>();
            Map<String, Integer> called = new TreeMap<>();
            for (int i = 0; i < unseenLabels.length; i++) {
                if (!unseenLabels[i].equals(c)) continue;
                p1.add((double) max(rUn.probabilities()[i]));
                pT.add((double) max(unT.probabilities()[i]));
                called.merge(m.classNames().get(argmax(unT.probabilities()[i])), 1, Integer::sum);
            }
            String top = called.entrySet().stream().max(Map.Entry.comparingByValue()).map(x -> x.getKey() + " " + x.getValue()).orElse("");
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f |%n", c, p1.size(), top, median(p1), median(pT));
        }
        // candidates after temperature scaling and new ones (Calibrated reps: embeddings as before, probabilities at T)
        Map<Novelty.Representations, Novelty.Representations> calibrated = new IdentityHashMap<>();
        calibrated.put(rVa, vT); calibrated.put(rTe, teT); calibrated.put(rUn, unT); calibrated.put(rTr, trT);
        for (var o : other.values()) calibrated.put(o, atTemperature(o, w, bias, tFit));
        methods.put("1 - max softmax at T", r -> Arrays.stream(calibrated.get(r).probabilities()).mapToDouble(p -> 1 - max(p)).toArray());
        methods.put("energy at T", r -> energyAt(r.embedding(), w, bias, tFit));
        NoveltyModel keptT = Novelty.fit(List.of("probability", "embedding"), true, trT, yTr, k, vT, 0.95);
        methods.put("1 - max softmax at T + per-class embedding", r -> Novelty.scores(keptT, calibrated.get(r)));
        for (String sp : List.of("embedding", "input")) {
            if (rTr.space(sp) == null) continue;
            NoveltyModel lw = Novelty.fit(List.of(sp), Novelty.LEDOIT_WOLF, false, rTr, yTr, k, rVa, 0.95),
                    rel = Novelty.fit(List.of(sp), Novelty.PER_CLASS, true, rTr, yTr, k, rVa, 0.95),
                    relLw = Novelty.fit(List.of(sp), Novelty.LEDOIT_WOLF, true, rTr, yTr, k, rVa, 0.95);
            methods.put("Ledoit-Wolf per-class " + sp, r -> Novelty.scores(lw, r));
            methods.put("relative Mahalanobis per-class " + sp, r -> Novelty.scores(rel, r));
            methods.put("relative Mahalanobis Ledoit-Wolf " + sp, r -> Novelty.scores(relLw, r));
            float[][] ref = rTr.space(sp);
            methods.put("10-NN per-class standardised " + sp, r -> knnPerClass(ref, yTr, k, r.space(sp), 10));
        }
        // the detector's combination (Novelty.scores): each part (v - validation median) / (95th percentile - median), averaged
        NoveltyModel pRelLw = Novelty.fit(List.of("probability", "embedding"), Novelty.LEDOIT_WOLF, true, trT, yTr, k, vT, 0.95);
        methods.put("1 - max softmax at T + relative Mahalanobis Ledoit-Wolf embedding (scaled mean)", r -> Novelty.scores(pRelLw, calibrated.get(r)));
        rankAverage(methods, "rank mean: 1 - max softmax at T + relative Mahalanobis Ledoit-Wolf embedding", rVa,
                "1 - max softmax at T", "relative Mahalanobis Ledoit-Wolf embedding");
        // rank averages: each component's score as its rank among the validation stars (0..1), averaged
        rankAverage(methods, "rank mean: 1 - max softmax at T + Ledoit-Wolf per-class embedding", rVa,
                "1 - max softmax at T", "Ledoit-Wolf per-class embedding");
        rankAverage(methods, "rank mean: 1 - max softmax at T + Ledoit-Wolf per-class input", rVa,
                "1 - max softmax at T", "Ledoit-Wolf per-class input");
        rankAverage(methods, "rank mean: 1 - max softmax at T + Ledoit-Wolf embedding + input", rVa,
                "1 - max softmax at T", "Ledoit-Wolf per-class embedding", "Ledoit-Wolf per-class input");
        rankAverage(methods, "rank mean: 1 - max softmax at T + relative Mahalanobis embedding", rVa,
                "1 - max softmax at T", "relative Mahalanobis per-class embedding");
        rankAverage(methods, "rank mean: 1 - max softmax at T + 10-NN per-class input", rVa,
                "1 - max softmax at T", "10-NN per-class standardised input");

        System.out.println();
        String keptName = "mahalanobis per-class probability+embedding";
        double[] keptTe = methods.get(keptName).score(rTe), keptUn = methods.get(keptName).score(rUn);
        System.out.println("| method | AUROC all unseen | AUROC - kept's [95 % bootstrap] | AUROC without Blazhko | known test flagged | unseen flagged | unseen flagged at 95 % test retention | "
                + other.keySet().stream().map(s -> s + " flagged").reduce((x, y) -> x + " | " + y).orElse("") + " |");
        Map<String, double[]> unseenScores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (var e : methods.entrySet()) {
            double[] sv = e.getValue().score(rVa), st = e.getValue().score(rTe), su = e.getValue().score(rUn);
            double thr = Novelty.quantile(sv, 0.95);
            unseenScores.put(e.getKey(), su);
            thresholds.put(e.getKey(), thr);
            double[] noBl = filter(su, unseenLabels, l -> !l.equals("Blazhko"));
            double[] ci = bootstrapDiff(st, su, keptTe, keptUn, 400, 11);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f | %+.3f [%+.3f, %+.3f] | %.3f | %.1f %% | %.1f %% | %.1f %% |", e.getKey(),
                    auroc(st, su), auroc(st, su) - auroc(keptTe, keptUn), ci[0], ci[1], auroc(st, noBl), 100 * share(st, thr),
                    100 * share(su, thr), 100 * share(su, Novelty.quantile(st, 0.95))));
            for (var o : other.values()) row.append(String.format(Locale.ROOT, " %.1f %% |", 100 * share(e.getValue().score(o), thr)));
            System.out.println(row);
        }
        for (var e : methods.entrySet()) {
            if (a.length > 5 && !e.getKey().matches(a[5])) continue;
            System.out.println();
            System.out.println("### " + e.getKey() + " per unseen class");
            System.out.println("| class | stars | AUROC | flagged | called (most common) | median p | median p of unflagged | median p at T | median p at T of unflagged |");
            double[] st = e.getValue().score(rTe), su = unseenScores.get(e.getKey());
            double thr = thresholds.get(e.getKey());
            for (String c : new TreeSet<>(Arrays.asList(unseenLabels))) {
                double[] sc = filter(su, unseenLabels, l -> l.equals(c));
                List<Double> ps = new ArrayList<>(), psUnflagged = new ArrayList<>(), pt = new ArrayList<>(), ptUnflagged = new ArrayList<>();
                Map<String, Integer> called = new TreeMap<>();
                for (int i = 0; i < su.length; i++) {
                    if (!unseenLabels[i].equals(c)) continue;
                    float[] p = rUn.probabilities()[i];
                    ps.add((double) max(p));
                    if (su[i] <= thr) psUnflagged.add((double) max(p));
                    pt.add((double) max(unT.probabilities()[i]));
                    if (su[i] <= thr) ptUnflagged.add((double) max(unT.probabilities()[i]));
                    called.merge(m.classNames().get(argmax(p)), 1, Integer::sum);
                }
                String top = called.entrySet().stream().max(Map.Entry.comparingByValue()).map(x -> x.getKey() + " " + x.getValue()).orElse("");
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.1f %% | %s | %.2f | %s | %.3f | %s |%n", c, sc.length, auroc(st, sc),
                        100 * share(sc, thr), top, median(ps), psUnflagged.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", median(psUnflagged)),
                        median(pt), ptUnflagged.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", median(ptUnflagged)));
            }
        }
        System.exit(0);
    }

    interface Scorer { double[] score(Novelty.Representations r); }

    static List<Star> pick(List<String> ids, Map<String, Star> byId) {
        return ids.stream().map(byId::get).toList();
    }

    static double[] knn(float[][] ref, float[][] x, int k) {
        double[] out = new double[x.length];
        java.util.stream.IntStream.range(0, x.length).parallel().forEach(i -> {
            double[] best = new double[k];
            Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (float[] r : ref) {
                double d = 0;
                for (int j = 0; j < r.length; j++) { double t = r[j] - x[i][j]; d += t * t; }
                if (d < best[k - 1]) {
                    int p = k - 1;
                    while (p > 0 && best[p - 1] > d) { best[p] = best[p - 1]; p--; }
                    best[p] = d;
                }
            }
            out[i] = Math.sqrt(best[k - 1]);
        });
        return out;
    }

    static double[] energy(float[][] emb, INDArray w, INDArray b) {
        double[] out = new double[emb.length];
        int nIn = (int) w.rows(), nOut = (int) w.columns();
        float[] wv = w.dup('c').data().asFloat(), bv = b.dup('c').data().asFloat();
        for (int i = 0; i < emb.length; i++) {
            double[] z = new double[nOut];
            double mx = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < nOut; c++) {
                double s = bv[c];
                for (int j = 0; j < nIn; j++) s += emb[i][j] * wv[j * nOut + c];
                z[c] = s;
                mx = Math.max(mx, s);
            }
            double lse = 0;
            for (double v : z) lse += Math.exp(v - mx);
            out[i] = -(mx + Math.log(lse));
        }
        return out;
    }

    /** Probability that an unseen star scores above a known one (ties count half). */
    static double auroc(double[] known, double[] unseen) {
        if (unseen.length == 0 || known.length == 0) return Double.NaN;
        double[] k = known.clone();
        Arrays.sort(k);
        double sum = 0;
        for (double u : unseen) {
            int lo = lower(k, u), hi = upper(k, u);
            sum += lo + 0.5 * (hi - lo);
        }
        return sum / ((double) known.length * unseen.length);
    }

    static int lower(double[] s, double v) { int i = Arrays.binarySearch(s, v); if (i < 0) return -i - 1; while (i > 0 && s[i - 1] == v) i--; return i; }
    static int upper(double[] s, double v) { int i = Arrays.binarySearch(s, v); if (i < 0) return -i - 1; while (i < s.length && s[i] == v) i++; return i; }

    static double share(double[] s, double thr) { return s.length == 0 ? Double.NaN : Arrays.stream(s).filter(v -> v > thr).count() / (double) s.length; }

    static double[] filter(double[] s, String[] labels, java.util.function.Predicate<String> keep) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) if (keep.test(labels[i])) out.add(s[i]);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static int[] labels(List<Star> stars, List<String> classes) {
        return stars.stream().mapToInt(st -> classes.indexOf(st.label())).toArray();
    }

    static double accuracy(float[][] p, int[] y) {
        int ok = 0;
        for (int i = 0; i < y.length; i++) if (argmax(p[i]) == y[i]) ok++;
        return ok / (double) y.length;
    }

    /** Logits from the embedding (single-member network: one output layer). */
    static float[][] logits(float[][] emb, INDArray w, INDArray b) {
        int nIn = (int) w.rows(), nOut = (int) w.columns();
        float[] wv = w.dup('c').data().asFloat(), bv = b.dup('c').data().asFloat();
        float[][] z = new float[emb.length][nOut];
        for (int i = 0; i < emb.length; i++) for (int c = 0; c < nOut; c++) {
            double s = bv[c];
            for (int j = 0; j < nIn; j++) s += emb[i][j] * wv[j * nOut + c];
            z[i][c] = (float) s;
        }
        return z;
    }

    static Novelty.Representations atTemperature(Novelty.Representations r, INDArray w, INDArray b, double t) {
        return new Novelty.Representations(Calibration.probabilities(new float[][][]{logits(r.embedding(), w, b)}, t), r.embedding(), r.input());
    }

    static double[] energyAt(float[][] emb, INDArray w, INDArray b, double t) {
        float[][] z = logits(emb, w, b);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (float v : z[i]) mx = Math.max(mx, v / t);
            double s = 0;
            for (float v : z[i]) s += Math.exp(v / t - mx);
            out[i] = -t * (mx + Math.log(s));
        }
        return out;
    }

    /** Distance to the k-th nearest training star of each class in that class's standardised units; the smallest over classes. */
    static double[] knnPerClass(float[][] ref, int[] y, int classes, float[][] x, int k) {
        int d = ref[0].length;
        double[][] mu = new double[classes][d], sd = new double[classes][d];
        int[] n = new int[classes];
        for (int i = 0; i < ref.length; i++) { n[y[i]]++; for (int j = 0; j < d; j++) mu[y[i]][j] += ref[i][j]; }
        for (int c = 0; c < classes; c++) for (int j = 0; j < d; j++) mu[c][j] /= n[c];
        for (int i = 0; i < ref.length; i++) for (int j = 0; j < d; j++) { double t = ref[i][j] - mu[y[i]][j]; sd[y[i]][j] += t * t; }
        double[] all = new double[d];
        for (int c = 0; c < classes; c++) for (int j = 0; j < d; j++) { sd[c][j] = Math.sqrt(sd[c][j] / Math.max(1, n[c] - 1)); all[j] += sd[c][j] / classes; }
        for (int c = 0; c < classes; c++) for (int j = 0; j < d; j++) sd[c][j] = Math.max(sd[c][j], 1e-3 * all[j] + 1e-12);
        double[] out = new double[x.length];
        java.util.stream.IntStream.range(0, x.length).parallel().forEach(i -> {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                int kk = Math.min(k, n[c]);
                double[] near = new double[kk];
                Arrays.fill(near, Double.POSITIVE_INFINITY);
                for (int r = 0; r < ref.length; r++) {
                    if (y[r] != c) continue;
                    double dd = 0;
                    for (int j = 0; j < d; j++) { double t = (ref[r][j] - x[i][j]) / sd[c][j]; dd += t * t; }
                    if (dd < near[kk - 1]) { int p = kk - 1; while (p > 0 && near[p - 1] > dd) { near[p] = near[p - 1]; p--; } near[p] = dd; }
                }
                best = Math.min(best, Math.sqrt(near[kk - 1]));
            }
            out[i] = best;
        });
        return out;
    }

    /** Each component's score as the share of validation stars below it, averaged over components. */
    static void rankAverage(Map<String, Scorer> methods, String name, Novelty.Representations val, String... parts) {
        List<Scorer> sc = new ArrayList<>();
        List<double[]> ref = new ArrayList<>();
        for (String p : parts) {
            Scorer s = Objects.requireNonNull(methods.get(p), p);
            sc.add(s);
            double[] v = s.score(val).clone();
            Arrays.sort(v);
            ref.add(v);
        }
        methods.put(name, r -> {
            double[] out = null;
            for (int j = 0; j < sc.size(); j++) {
                double[] v = sc.get(j).score(r), sorted = ref.get(j);
                if (out == null) out = new double[v.length];
                for (int i = 0; i < v.length; i++) out[i] += (lower(sorted, v[i]) + upper(sorted, v[i])) / 2.0 / sorted.length / sc.size();
            }
            return out;
        });
    }

    /** Paired bootstrap (stars resampled with replacement, the same draw for both methods) of AUROC(a) - AUROC(b): 2.5 and 97.5 percentiles. */
    static double[] bootstrapDiff(double[] aKnown, double[] aUnseen, double[] bKnown, double[] bUnseen, int rounds, long seed) {
        Random rnd = new Random(seed);
        double[] d = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            int[] ik = rnd.ints(aKnown.length, 0, aKnown.length).toArray(), iu = rnd.ints(aUnseen.length, 0, aUnseen.length).toArray();
            d[r] = auroc(pickD(aKnown, ik), pickD(aUnseen, iu)) - auroc(pickD(bKnown, ik), pickD(bUnseen, iu));
        }
        return new double[]{Novelty.quantile(d, 0.025), Novelty.quantile(d, 0.975)};
    }

    static double[] pickD(double[] v, int[] idx) {
        double[] o = new double[idx.length];
        for (int i = 0; i < idx.length; i++) o[i] = v[idx[i]];
        return o;
    }

    static double[] toD(float[] x) { double[] d = new double[x.length]; for (int i = 0; i < x.length; i++) d[i] = x[i]; return d; }
    static float max(float[] p) { float m = 0; for (float v : p) m = Math.max(m, v); return m; }
    static int argmax(float[] p) { int b = 0; for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i; return b; }
    static double median(List<Double> v) { double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray(); return a.length == 0 ? Double.NaN : a[a.length / 2]; }
}
