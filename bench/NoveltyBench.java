import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.*;
import org.cepheus.service.ProgressMonitor;
import org.deeplearning4j.nn.graph.ComputationGraph;
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
 * Ensembles (a preset with "members": N): probabilities and logits are every member's (the
 * embedding is the members' softmax inputs, concatenated), the probability scores use the mean of
 * the members' softmax; further candidates: mutual information (entropy of the mean probability
 * minus the members' mean entropy, "BALD"), the variance of the members' probabilities of the
 * predicted class, the kept relative Mahalanobis per member (averaged), and scaled-mean and rank
 * combinations with the kept method. Each row's AUROC is also compared (paired bootstrap) with
 * the kept method (relative Mahalanobis, Ledoit-Wolf, embedding) of the same model and, given
 * REFERENCE.zip (e.g. the single network of the same preset and seed: the same split), with the
 * kept method of that model; the reference's own rows are listed too.
 *
 * Usage: NoveltyBench CRTS_DIR MODEL.zip FEATURE_CACHE_DIR [OGLE_DIR] [EROS_DIR] [PER_CLASS_REGEX] [REFERENCE.zip]
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

        Map<String, Scorer> methods = new LinkedHashMap<>() {
            @Override public Scorer put(String name, Scorer s) { return super.put(name, memo(s)); } // each set scored once per method
        };
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
        ComputationGraph net = b.network();
        int members = net.getNumOutputArrays();
        if (m.novelty() != null) methods.put("the bundle's own detector (Classifier's novelty score)", r -> Novelty.scores(m.novelty(), r));
        methods.put("energy", r -> energyAt(r.embedding(), net, 1));
        methods.put("1 - max softmax", r -> Arrays.stream(r.probabilities()).mapToDouble(p -> 1 - max(p)).toArray());

        // temperature scaling (learn.Calibration): fitted on the validation stars, as Trainer does
        int[] yVa = labels(val, m.classNames()), yTe = labels(test, m.classNames());
        double tFit = m.temperature() != null ? m.temperature() : Calibration.fit(b, val, fs, ProgressMonitor.NONE);
        System.out.printf(Locale.ROOT, "%ntemperature %.4f (%s)%n", tFit, m.temperature() != null ? "stored in the bundle" : "fitted here on the validation stars");
        Novelty.Representations vT = atTemperature(rVa, net, tFit), teT = atTemperature(rTe, net, tFit),
                unT = atTemperature(rUn, net, tFit), trT = atTemperature(rTr, net, tFit);
        // at T = 1 (Novelty.represent gives the probabilities at the bundle's temperature, when it has one)
        Novelty.Representations v1 = atTemperature(rVa, net, 1), te1 = atTemperature(rTe, net, 1), un1 = atTemperature(rUn, net, 1);
        System.out.println("| split | T | NLL | ECE (15 bins) | accuracy |");
        for (double t : new double[]{1, tFit}) {
            Novelty.Representations vv = t == 1 ? v1 : vT, tt = t == 1 ? te1 : teT;
            System.out.printf(Locale.ROOT, "| validation | %.3f | %.4f | %.4f | %.4f |%n", t, Calibration.nll(vv.probabilities(), yVa),
                    Calibration.ece(vv.probabilities(), yVa, 15), accuracy(vv.probabilities(), yVa));
            System.out.printf(Locale.ROOT, "| test | %.3f | %.4f | %.4f | %.4f |%n", t, Calibration.nll(tt.probabilities(), yTe),
                    Calibration.ece(tt.probabilities(), yTe, 15), accuracy(tt.probabilities(), yTe));
        }
        double maxDiff = 0;
        Novelty.Representations teOwn = atTemperature(rTe, net, m.temperatureOrOne());
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
                p1.add((double) max(un1.probabilities()[i]));
                pT.add((double) max(unT.probabilities()[i]));
                called.merge(m.classNames().get(argmax(unT.probabilities()[i])), 1, Integer::sum);
            }
            String top = called.entrySet().stream().max(Map.Entry.comparingByValue()).map(x -> x.getKey() + " " + x.getValue()).orElse("");
            System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f | %.3f |%n", c, p1.size(), top, median(p1), median(pT));
        }
        // candidates after temperature scaling and new ones (Calibrated reps: embeddings as before, probabilities at T)
        Map<Novelty.Representations, Novelty.Representations> calibrated = new IdentityHashMap<>();
        calibrated.put(rVa, vT); calibrated.put(rTe, teT); calibrated.put(rUn, unT); calibrated.put(rTr, trT);
        for (var o : other.values()) calibrated.put(o, atTemperature(o, net, tFit));
        methods.put("1 - max softmax at T", r -> Arrays.stream(calibrated.get(r).probabilities()).mapToDouble(p -> 1 - max(p)).toArray());
        methods.put("energy at T", r -> energyAt(r.embedding(), net, tFit));
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

        String relName = "relative Mahalanobis Ledoit-Wolf embedding";
        if (members > 1) {
            // ensemble disagreement: every member's softmax of its own logits (from its slice of the embedding)
            methods.put("ensemble: mutual information at T", r -> mutualInformation(memberProbabilities(r.embedding(), net, tFit)));
            methods.put("ensemble: mutual information at T = 1", r -> mutualInformation(memberProbabilities(r.embedding(), net, 1)));
            methods.put("ensemble: variance of the members' p(predicted class) at T", r -> predictedClassVariance(memberProbabilities(r.embedding(), net, tFit)));
            List<NoveltyModel> perMember = new ArrayList<>();
            for (int mm = 0; mm < members; mm++) {
                perMember.add(Novelty.fit(List.of("embedding"), Novelty.LEDOIT_WOLF, true, member(rTr, mm, members), yTr, k, member(rVa, mm, members), 0.95));
            }
            methods.put("ensemble: relative Mahalanobis Ledoit-Wolf per member's embedding (mean of scaled)", r -> {
                double[] out = new double[r.embedding().length];
                for (int mm = 0; mm < members; mm++) {
                    double[] v = Novelty.scores(perMember.get(mm), member(r, mm, members));
                    for (int i = 0; i < out.length; i++) out[i] += v[i] / members;
                }
                return out;
            });
            String mi = "ensemble: mutual information at T", var = "ensemble: variance of the members' p(predicted class) at T",
                    maxP = "1 - max softmax at T", perM = "ensemble: relative Mahalanobis Ledoit-Wolf per member's embedding (mean of scaled)";
            scaledMean(methods, "scaled mean: " + relName + " + mutual information at T", rVa, relName, mi);
            scaledMean(methods, "scaled mean: " + relName + " + variance at T", rVa, relName, var);
            scaledMean(methods, "scaled mean: " + relName + " + 1 - max softmax at T", rVa, relName, maxP);
            scaledMean(methods, "scaled mean: " + relName + " + mutual information at T + 1 - max softmax at T", rVa, relName, mi, maxP);
            scaledMean(methods, "scaled mean: per-member relative Mahalanobis + mutual information at T", rVa, perM, mi);
            scaledMean(methods, "scaled mean: 1 - max softmax at T + mutual information at T", rVa, maxP, mi);
            rankAverage(methods, "rank mean: " + relName + " + mutual information at T", rVa, relName, mi);
            rankAverage(methods, "rank mean: " + relName + " + mutual information at T + 1 - max softmax at T", rVa, relName, mi, maxP);
        }
        // the reference model (e.g. the single network of the same preset and seed) on the same stars
        String refKeptName = null;
        if (a.length > 6) {
            ModelBundle ref = ModelBundle.load(Path.of(a[6]));
            if (!ref.manifest().split().test().equals(m.split().test()) || !ref.manifest().split().train().equals(m.split().train())
                    || !ref.manifest().classNames().equals(m.classNames())) {
                throw new IllegalArgumentException("the reference model " + a[6] + " has another split or other classes");
            }
            Map<Novelty.Representations, Novelty.Representations> refReps = new IdentityHashMap<>();
            refReps.put(rTr, Novelty.represent(ref, train, fs, ProgressMonitor.NONE));
            refReps.put(rVa, Novelty.represent(ref, val, fs, ProgressMonitor.NONE));
            refReps.put(rTe, Novelty.represent(ref, test, fs, ProgressMonitor.NONE));
            refReps.put(rUn, Novelty.represent(ref, unseen, fs, ProgressMonitor.NONE));
            if (a.length > 3) {
                Iterator<Novelty.Representations> it = other.values().iterator();
                List<Star> og = Star.of(CatalogLoader.load(Path.of(a[3]), CatalogLoader.Options.defaults(), ProgressMonitor.NONE));
                refReps.put(it.next(), Novelty.represent(ref, og, fs, ProgressMonitor.NONE));
                if (a.length > 4) {
                    Catalog eros = CatalogLoader.load(Path.of(a[4]), CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
                    List<Star> es = Star.of(eros);
                    for (String c : new TreeSet<>(eros.starClassCounts().keySet())) {
                        refReps.put(it.next(), Novelty.represent(ref, es.stream().filter(s -> c.equals(s.label())).toList(), fs, ProgressMonitor.NONE));
                    }
                }
            }
            NoveltyModel refKept = Novelty.fit(List.of("embedding"), Novelty.LEDOIT_WOLF, true, refReps.get(rTr), yTr, k, refReps.get(rVa), 0.95);
            refKeptName = "reference " + Path.of(a[6]).getFileName() + ": " + relName;
            methods.put(refKeptName, r -> Novelty.scores(refKept, refReps.get(r)));
            methods.put("reference " + Path.of(a[6]).getFileName() + ": 1 - max softmax (at its T " + String.format(Locale.ROOT, "%.4f", ref.manifest().temperatureOrOne()) + ")",
                    r -> Arrays.stream(refReps.get(r).probabilities()).mapToDouble(p -> 1 - max(p)).toArray());
            if (ref.manifest().novelty() != null) {
                methods.put("reference " + Path.of(a[6]).getFileName() + ": the bundle's own detector", r -> Novelty.scores(ref.manifest().novelty(), refReps.get(r)));
            }
            System.out.printf(Locale.ROOT, "reference %s: the same split and classes; temperature %.4f%n", a[6], ref.manifest().temperatureOrOne());
        }
        System.out.printf("model %s: %d member(s)%n", model, members);

        System.out.println();
        String keptName = "mahalanobis per-class probability+embedding";
        double[] keptTe = methods.get(keptName).score(rTe), keptUn = methods.get(keptName).score(rUn);
        double[] relTe = methods.get(relName).score(rTe), relUn = methods.get(relName).score(rUn);
        double[] refTe = refKeptName == null ? null : methods.get(refKeptName).score(rTe), refUn = refKeptName == null ? null : methods.get(refKeptName).score(rUn);
        System.out.println("| method | AUROC all unseen | AUROC - former kept's [95 % bootstrap] | AUROC - kept's (" + relName + ", this model) [95 %] | "
                + (refKeptName == null ? "" : "AUROC - " + refKeptName + " [95 %] | ")
                + "AUROC without Blazhko | known test flagged | unseen flagged | unseen flagged at 95 % test retention | "
                + other.keySet().stream().map(s -> s + " flagged").reduce((x, y) -> x + " | " + y).orElse("") + " |");
        Map<String, double[]> unseenScores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (var e : methods.entrySet()) {
            double[] sv = e.getValue().score(rVa), st = e.getValue().score(rTe), su = e.getValue().score(rUn);
            double thr = Novelty.quantile(sv, 0.95);
            unseenScores.put(e.getKey(), su);
            thresholds.put(e.getKey(), thr);
            double[] noBl = filter(su, unseenLabels, l -> !l.equals("Blazhko"));
            double[] ci = bootstrapDiff(st, su, keptTe, keptUn, 400, 11), ciRel = bootstrapDiff(st, su, relTe, relUn, 400, 11);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %.3f | %+.3f [%+.3f, %+.3f] | %+.3f [%+.3f, %+.3f] |", e.getKey(),
                    auroc(st, su), auroc(st, su) - auroc(keptTe, keptUn), ci[0], ci[1], auroc(st, su) - auroc(relTe, relUn), ciRel[0], ciRel[1]));
            if (refTe != null) {
                double[] ciRef = bootstrapDiff(st, su, refTe, refUn, 400, 11);
                row.append(String.format(Locale.ROOT, " %+.3f [%+.3f, %+.3f] |", auroc(st, su) - auroc(refTe, refUn), ciRef[0], ciRef[1]));
            }
            row.append(String.format(Locale.ROOT, " %.3f | %.1f %% | %.1f %% | %.1f %% |", auroc(st, noBl), 100 * share(st, thr),
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
                    float[] p = un1.probabilities()[i];
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

    /** The scorer with its answers kept per set of representations (the scores are read, never changed). */
    static Scorer memo(Scorer s) {
        Map<Novelty.Representations, double[]> done = new IdentityHashMap<>();
        return r -> done.computeIfAbsent(r, s::score);
    }

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

    /**
     * Each member's logits from the embedding (the inputs of the members' softmax layers,
     * concatenated in output order, as Novelty.pass gives it): [member][star][class].
     */
    static float[][][] memberLogits(float[][] emb, ComputationGraph net) {
        int members = net.getNumOutputArrays();
        float[][][] z = new float[members][][];
        int at = 0;
        for (int m = 0; m < members; m++) {
            INDArray w = net.getOutputLayer(m).getParam("W"), b = net.getOutputLayer(m).getParam("b");
            z[m] = logits(emb, at, w, b);
            at += (int) w.rows();
        }
        if (emb.length > 0 && at != emb[0].length) throw new IllegalStateException("embedding has " + emb[0].length + " values, the output layers read " + at);
        return z;
    }

    /** Logits of one output layer whose input starts at the offset of the embedding. */
    static float[][] logits(float[][] emb, int offset, INDArray w, INDArray b) {
        int nIn = (int) w.rows(), nOut = (int) w.columns();
        float[] wv = w.dup('c').data().asFloat(), bv = b.dup('c').data().asFloat();
        float[][] z = new float[emb.length][nOut];
        for (int i = 0; i < emb.length; i++) for (int c = 0; c < nOut; c++) {
            double s = bv[c];
            for (int j = 0; j < nIn; j++) s += emb[i][offset + j] * wv[j * nOut + c];
            z[i][c] = (float) s;
        }
        return z;
    }

    /** The ensemble's (mean) probabilities at temperature t, as the bundle computes them. */
    static Novelty.Representations atTemperature(Novelty.Representations r, ComputationGraph net, double t) {
        return new Novelty.Representations(Calibration.probabilities(memberLogits(r.embedding(), net), t), r.embedding(), r.input());
    }

    /** Each member's probabilities at temperature t: [member][star][class]. */
    static float[][][] memberProbabilities(float[][] emb, ComputationGraph net, double t) {
        float[][][] z = memberLogits(emb, net), p = new float[z.length][][];
        for (int m = 0; m < z.length; m++) p[m] = Calibration.probabilities(new float[][][]{z[m]}, t);
        return p;
    }

    /** Mutual information between the class and the member ("BALD"): H(mean p) - mean of H(p_m), in nats. */
    static double[] mutualInformation(float[][][] p) {
        return perStar(p, (mean, i) -> {
            double memberEntropy = 0, h = 0;
            for (float[][] pm : p) for (float v : pm[i]) if (v > 0) memberEntropy -= v * Math.log(v) / p.length;
            for (double v : mean) if (v > 0) h -= v * Math.log(v);
            return Math.max(0, h - memberEntropy);
        });
    }

    /** Variance over members of the probability of the class the ensemble predicts (its mean's argmax). */
    static double[] predictedClassVariance(float[][][] p) {
        return perStar(p, (mean, i) -> {
            int best = 0;
            for (int c = 1; c < mean.length; c++) if (mean[c] > mean[best]) best = c;
            double v = 0;
            for (float[][] pm : p) v += (pm[i][best] - mean[best]) * (pm[i][best] - mean[best]) / p.length;
            return v;
        });
    }

    interface MemberScore { double of(double[] meanProbability, int star); }

    /** A score per star from the members' probabilities [member][star][class] and their mean. */
    static double[] perStar(float[][][] p, MemberScore f) {
        double[] out = new double[p[0].length];
        for (int i = 0; i < out.length; i++) {
            double[] mean = new double[p[0][0].length];
            for (float[][] pm : p) for (int c = 0; c < mean.length; c++) mean[c] += pm[i][c] / (double) p.length;
            out[i] = f.of(mean, i);
        }
        return out;
    }

    /** One member's part of the representations: its slice of the embedding (the members' widths are equal). */
    static Novelty.Representations member(Novelty.Representations r, int m, int members) {
        int w = r.embedding()[0].length / members;
        float[][] e = new float[r.embedding().length][];
        for (int i = 0; i < e.length; i++) e[i] = Arrays.copyOfRange(r.embedding()[i], m * w, (m + 1) * w);
        return new Novelty.Representations(r.probabilities(), e, null);
    }

    /** The ensemble's energy at temperature t: the members' -t logsumexp(z / t), averaged. */
    static double[] energyAt(float[][] emb, ComputationGraph net, double t) {
        float[][][] zz = memberLogits(emb, net);
        double[] out = new double[emb.length];
        for (float[][] z : zz) {
            for (int i = 0; i < z.length; i++) {
                double mx = Double.NEGATIVE_INFINITY;
                for (float v : z[i]) mx = Math.max(mx, v / t);
                double s = 0;
                for (float v : z[i]) s += Math.exp(v / t - mx);
                out[i] += -t * (mx + Math.log(s)) / zz.length;
            }
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
        combine(methods, name, val, v -> {
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            return x -> (lower(sorted, x) + upper(sorted, x)) / 2.0 / sorted.length;
        }, parts);
    }

    /**
     * Each component scaled as the detector scales a relative part, (value - validation median) /
     * (validation 95th percentile - median), averaged over components.
     */
    static void scaledMean(Map<String, Scorer> methods, String name, Novelty.Representations val, String... parts) {
        combine(methods, name, val, v -> {
            double med = Novelty.quantile(v, 0.5), scale = Math.max(1e-12, Novelty.quantile(v, 0.95) - med);
            return x -> (x - med) / scale;
        }, parts);
    }

    /** The mean over components of each one's score put on a common scale chosen from its validation scores. */
    static void combine(Map<String, Scorer> methods, String name, Novelty.Representations val,
                        java.util.function.Function<double[], java.util.function.DoubleUnaryOperator> scaleFromValidation, String... parts) {
        List<Scorer> sc = new ArrayList<>();
        List<java.util.function.DoubleUnaryOperator> scale = new ArrayList<>();
        for (String p : parts) {
            Scorer s = Objects.requireNonNull(methods.get(p), p);
            sc.add(s);
            scale.add(scaleFromValidation.apply(s.score(val)));
        }
        methods.put(name, r -> {
            double[] out = null;
            for (int j = 0; j < sc.size(); j++) {
                double[] v = sc.get(j).score(r);
                if (out == null) out = new double[v.length];
                for (int i = 0; i < v.length; i++) out[i] += scale.get(j).applyAsDouble(v[i]) / sc.size();
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
