package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import org.cepheus.service.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two models side by side on the same held-out stars: typically the one trained on the original
 * labels ("before") and the one trained on the curated labels ("after"). The stars scored are the
 * catalog's labelled stars that neither model trained or validated on, of classes both know; the
 * truth is the catalog's labels as loaded (give the curated labels file, so relabelled stars are
 * judged by their new class and excluded ones are left out).
 *
 * @param classes    the classes both models know, in the before model's order
 * @param before     metrics of the before model on the common stars
 * @param after      metrics of the after model on the same stars, same order
 * @param skipped    labelled stars left out, by reason
 */
public record ModelComparison(List<String> classes, EvaluationResult before, EvaluationResult after,
                              Map<String, Integer> skipped) {

    /** How a star's answer changed from before to after. */
    public enum Change { SAME, FIXED, BROKEN, OTHER }

    public static ModelComparison of(ModelBundle before, ModelBundle after, Catalog catalog, FeatureStore features,
                                     ProgressMonitor monitor) {
        Set<String> seen = new HashSet<>();
        for (ModelBundle b : List.of(before, after)) {
            Manifest.SplitIds s = b.manifest().split();
            if (s != null) {
                seen.addAll(s.train());
                seen.addAll(s.validation());
            }
        }
        List<String> classes = new ArrayList<>(before.classNames());
        classes.retainAll(after.classNames());
        if (classes.size() < 2) {
            throw new IllegalArgumentException("the two models share fewer than 2 classes (" + before.classNames() + " and "
                    + after.classNames() + "): nothing to compare");
        }
        Map<String, Integer> skipped = new TreeMap<>();
        List<Star> stars = new ArrayList<>();
        for (Star s : Star.of(catalog)) {
            if (s.label() == null) continue;
            if (seen.contains(s.id())) skipped.merge("trained or validated on by a model", 1, Integer::sum);
            else if (!classes.contains(s.label())) skipped.merge("class " + s.label() + " not in both models", 1, Integer::sum);
            else stars.add(s);
        }
        if (stars.isEmpty()) {
            throw new IllegalArgumentException("catalog " + catalog.name() + " holds no labelled star that neither model"
                    + " trained on: compare on the catalog both were trained from (their held-back test stars)");
        }
        EvaluationResult b = evaluate(new Classifier(before, features).classify(stars, monitor.part(0, 0.5)), before, classes);
        EvaluationResult a = evaluate(new Classifier(after, features).classify(stars, monitor.part(0.5, 1)), after, classes);
        return new ModelComparison(classes, b, a, skipped);
    }

    /** The model's answers restricted to the common classes (its best among them), with the metrics. */
    private static EvaluationResult evaluate(List<Prediction> preds, ModelBundle m, List<String> classes) {
        List<Prediction> out = new ArrayList<>(preds.size());
        for (Prediction p : preds) {
            float[] q = new float[classes.size()];
            for (int i = 0; i < q.length; i++) q[i] = p.probabilities()[m.classNames().indexOf(classes.get(i))];
            out.add(new Prediction(p.id(), p.trueLabel(), classes.get(Predictor.argmax(q)), q, p.flags()));
        }
        return EvaluationResult.of(classes, out, Map.of(), 0);
    }

    /** One line of the side-by-side table: a metric before and after, over this many compared stars. */
    public record Row(String name, double before, double after, int stars) {
        public double change() { return after - before; }
    }

    /**
     * Accuracy, macro-F1, then each class's F1 with its count of compared stars (a class with no
     * compared star has F1 0 for both and pulls macro-F1 down: its count says so).
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("accuracy", before.accuracy(), after.accuracy(), count()));
        rows.add(new Row("macro-F1", before.macroF1(), after.macroF1(), count()));
        for (int i = 0; i < classes.size(); i++) rows.add(new Row("F1 " + classes.get(i), before.f1()[i], after.f1()[i], before.support()[i]));
        return rows;
    }

    /** The comparison as a job: loads both bundles, then scores them (cancellable through the monitor). */
    public static org.cepheus.service.Job<ModelComparison> job(Path before, Path after, Catalog catalog, FeatureStore features) {
        return monitor -> {
            monitor.progress(-1, "Loading " + before.getFileName() + " and " + after.getFileName());
            ModelBundle b = ModelBundle.load(before), a = ModelBundle.load(after);
            return of(b, a, catalog, features, monitor);
        };
    }

    public int count() { return before.count(); }

    /** "3 fixed (wrong before, right after), 1 broken (right before, wrong after), ..." */
    public String changesLine() {
        return String.format(java.util.Locale.ROOT, "%d fixed (wrong before, right after), %d broken (right before, wrong after), "
                + "%d changed between wrong classes, %d the same", count(Change.FIXED), count(Change.BROKEN), count(Change.OTHER), count(Change.SAME));
    }

    public Change change(int i) {
        Prediction b = before.predictions().get(i), a = after.predictions().get(i);
        if (b.predicted().equals(a.predicted())) return Change.SAME;
        if (a.isCorrect()) return Change.FIXED;
        if (b.isCorrect()) return Change.BROKEN;
        return Change.OTHER;
    }

    public long count(Change c) {
        long n = 0;
        for (int i = 0; i < count(); i++) if (change(i) == c) n++;
        return n;
    }

    /** One row per compared star: id,true,before,p_before,after,p_after,change. */
    public void writeCsv(Path file) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.row("id", "true", "before", "p_before", "after", "p_after", "change");
            for (int i = 0; i < count(); i++) {
                Prediction b = before.predictions().get(i), a = after.predictions().get(i);
                csv.text(b.id()).text(b.trueLabel()).text(b.predicted()).number(b.probability(), 4).text(a.predicted())
                        .number(a.probability(), 4).text(change(i).name().toLowerCase(java.util.Locale.ROOT));
                csv.endRow();
            }
        });
    }
}
