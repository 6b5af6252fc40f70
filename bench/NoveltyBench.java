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
 * Usage: NoveltyBench CRTS_DIR MODEL.zip FEATURE_CACHE_DIR [OGLE_DIR] [EROS_DIR]
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
        methods.put("energy", r -> energy(r.embedding(), w, bias));
        methods.put("1 - max softmax", r -> Arrays.stream(r.probabilities()).mapToDouble(p -> 1 - max(p)).toArray());

        System.out.println();
        System.out.println("| method | AUROC all unseen | AUROC without Blazhko | known test flagged | unseen flagged | "
                + other.keySet().stream().map(s -> s + " flagged").reduce((x, y) -> x + " | " + y).orElse("") + " |");
        Map<String, double[]> unseenScores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (var e : methods.entrySet()) {
            double[] sv = e.getValue().score(rVa), st = e.getValue().score(rTe), su = e.getValue().score(rUn);
            double thr = Novelty.quantile(sv, 0.95);
            unseenScores.put(e.getKey(), su);
            thresholds.put(e.getKey(), thr);
            double[] noBl = filter(su, unseenLabels, l -> !l.equals("Blazhko"));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.1f %% | %.1f %% |", e.getKey(),
                    auroc(st, su), auroc(st, noBl), 100 * share(st, thr), 100 * share(su, thr)));
            for (var o : other.values()) row.append(String.format(Locale.ROOT, " %.1f %% |", 100 * share(e.getValue().score(o), thr)));
            System.out.println(row);
        }
        for (var e : methods.entrySet()) {
            if (a.length > 5 && !e.getKey().matches(a[5])) continue;
            System.out.println();
            System.out.println("### " + e.getKey() + " per unseen class");
            System.out.println("| class | stars | AUROC | flagged | called (most common) | median p | median p of unflagged |");
            double[] st = e.getValue().score(rTe), su = unseenScores.get(e.getKey());
            double thr = thresholds.get(e.getKey());
            for (String c : new TreeSet<>(Arrays.asList(unseenLabels))) {
                double[] sc = filter(su, unseenLabels, l -> l.equals(c));
                List<Double> ps = new ArrayList<>(), psUnflagged = new ArrayList<>();
                Map<String, Integer> called = new TreeMap<>();
                for (int i = 0; i < su.length; i++) {
                    if (!unseenLabels[i].equals(c)) continue;
                    float[] p = rUn.probabilities()[i];
                    ps.add((double) max(p));
                    if (su[i] <= thr) psUnflagged.add((double) max(p));
                    called.merge(m.classNames().get(argmax(p)), 1, Integer::sum);
                }
                String top = called.entrySet().stream().max(Map.Entry.comparingByValue()).map(x -> x.getKey() + " " + x.getValue()).orElse("");
                System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.1f %% | %s | %.2f | %s |%n", c, sc.length, auroc(st, sc),
                        100 * share(sc, thr), top, median(ps), psUnflagged.isEmpty() ? "-" : String.format(Locale.ROOT, "%.2f", median(psUnflagged)));
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

    static double[] toD(float[] x) { double[] d = new double[x.length]; for (int i = 0; i < x.length; i++) d[i] = x[i]; return d; }
    static float max(float[] p) { float m = 0; for (float v : p) m = Math.max(m, v); return m; }
    static int argmax(float[] p) { int b = 0; for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i; return b; }
    static double median(List<Double> v) { double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray(); return a.length == 0 ? Double.NaN : a[a.length / 2]; }
}
