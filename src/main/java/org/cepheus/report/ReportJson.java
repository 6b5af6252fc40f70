package org.cepheus.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.service.AtomicFiles;

/**
 * The report as one JSON object: header, split, metrics (the very object {@code evaluate --json}
 * prints, plus per-class rows and the row-normalised matrix), every star, and which stars the
 * figures show.
 */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() { }

    public static void write(ReportModel r, Path file) throws IOException {
        String text = JSON.writeValueAsString(toJson(r));
        AtomicFiles.writeText(file, w -> w.write(text + "\n"));
    }

    /** The metrics object of {@code evaluate --json}: accuracy, macro scores, classes, confusion (rows true), then counts. */
    public static ObjectNode metrics(EvaluationResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("accuracy", r.accuracy());
        o.put("macro_precision", r.macroPrecision());
        o.put("macro_recall", r.macroRecall());
        o.put("macro_f1", r.macroF1());
        ArrayNode classes = o.putArray("classes");
        r.classNames().forEach(classes::add);
        matrix(o, "confusion", r.confusion());
        o.put("count", r.count());
        ObjectNode skipped = o.putObject("skipped_classes");
        r.skippedClasses().forEach(skipped::put);
        o.put("skipped", r.skippedCount());
        o.put("skipped_unlabelled", r.skippedUnlabelled());
        return o;
    }

    /** A matrix as an array of row arrays under {@code key}. */
    public static void matrix(ObjectNode o, String key, int[][] m) {
        ArrayNode rows = o.putArray(key);
        for (int[] row : m) {
            ArrayNode a = rows.addArray();
            for (int v : row) a.add(v);
        }
    }

    static ObjectNode toJson(ReportModel r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("report", "Cepheus classification report");
        o.set("header", header(r.header()));
        SplitChoice s = r.header().split();
        ObjectNode split = o.putObject("split");
        split.put("part", s.part().name().toLowerCase(java.util.Locale.ROOT));
        split.put("scored", s.words());
        if (s.warning() == null) split.putNull("warning"); else split.put("warning", s.warning());
        split.put("training_stars_scored", s.training());
        if (r.metrics() == null) {
            o.putNull("metrics");
        } else {
            ObjectNode m = metrics(r.metrics());
            ArrayNode per = m.putArray("per_class");
            EvaluationResult e = r.metrics();
            for (int i = 0; i < e.classNames().size(); i++) {
                ObjectNode c = per.addObject();
                c.put("class", e.classNames().get(i));
                c.put("precision", e.precision()[i]);
                c.put("recall", e.recall()[i]);
                c.put("f1", e.f1()[i]);
                c.put("support", e.support()[i]);
            }
            ArrayNode norm = m.putArray("confusion_normalised");
            for (double[] row : e.confusionNormalised()) {
                ArrayNode a = norm.addArray();
                for (double v : row) a.add(v);
            }
            o.set("metrics", m);
        }
        ArrayNode stars = o.putArray("stars");
        for (ReportModel.StarEntry e : r.stars()) {
            ObjectNode j = stars.addObject();
            j.put("id", e.id());
            if (e.trueLabel() == null) j.putNull("true"); else j.put("true", e.trueLabel());
            j.put("predicted", e.predicted());
            j.put("probability", e.probability());
            ObjectNode p = j.putObject("probabilities");
            for (int i = 0; i < r.classes().size(); i++) p.put(r.classes().get(i), e.probabilities()[i]);
            number(j, "period", e.period());
            j.put("period_source", e.periodSource());
            number(j, "novelty", e.novelty());
            ArrayNode f = j.putArray("flags");
            e.flags().forEach(f::add);
            j.put("part", e.part());
            j.put("scored", e.scored());
        }
        ArrayNode figures = o.putArray("figures");
        for (ReportModel.Panel p : r.panels()) {
            ObjectNode j = figures.addObject();
            j.put("class", p.className());
            j.put("kind", p.correct() ? "correct" : "wrong");
            j.put("id", p.star().id());
        }
        return o;
    }

    private static ObjectNode header(ReportModel.Header h) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode cat = o.putObject("catalog");
        cat.put("path", h.catalog());
        cat.put("stars", h.catalogStars());
        ObjectNode classes = cat.putObject("classes");
        new java.util.TreeMap<>(h.catalogClasses()).forEach(classes::put);
        ObjectNode model = o.putObject("model");
        model.put("file", h.modelFile());
        model.put("kind", h.modelKind());
        model.put("kind_name", h.modelKindName());
        ArrayNode mc = model.putArray("classes");
        h.modelClasses().forEach(mc::add);
        ObjectNode training = model.putObject("training_data");
        training.put("catalog", h.trainingCatalog());
        training.put("train", h.trainStars());
        training.put("validation", h.validationStars());
        training.put("test", h.testStars());
        model.put("preset", h.preset());
        ObjectNode hp = model.putObject("hyper_parameters");
        h.hyperParameters().forEach(hp::put);
        model.put("best_epoch", h.bestEpoch());
        if (h.temperature() == null) model.putNull("temperature"); else model.put("temperature", h.temperature());
        if (h.novelty() == null) model.putNull("novelty"); else model.put("novelty", h.novelty());
        ObjectNode sw = model.putObject("software");
        h.software().forEach(sw::put);
        model.put("backend", h.trainedBackend());
        model.put("trained", h.trained());
        ObjectNode rep = o.putObject("written_by");
        h.reportSoftware().forEach(rep::put);
        rep.put("backend", h.reportBackend());
        rep.put("date", h.written());
        return o;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) o.put(key, v); else o.putNull(key);
    }
}
