package org.cepheus.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.Prediction;
import org.cepheus.service.AtomicFiles;

/**
 * A classification report as one self-contained HTML file (figures embedded as PNG data URIs), so
 * it can be mailed or attached to an observing log: the model, the catalog, metrics and confusion
 * matrix when the stars are labelled, predicted-class counts, flagged and misclassified stars, and
 * every star's prediction.
 */
public final class HtmlReport {
    private final Manifest model;
    private final String catalogName;
    private final List<Prediction> predictions;
    private final EvaluationResult evaluation; // null when the catalog is unlabelled

    public HtmlReport(Manifest model, String catalogName, List<Prediction> predictions, EvaluationResult evaluation) {
        this.model = model;
        this.catalogName = catalogName;
        this.predictions = List.copyOf(predictions);
        this.evaluation = evaluation;
    }

    /** Writes the report atomically (temporary file, then move). */
    public void write(Path file) throws IOException {
        String html = render();
        AtomicFiles.writeText(file, w -> w.write(html));
    }

    String render() {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Cepheus report: ")
                .append(esc(catalogName)).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:70em}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}")
                .append("th{background:#f0f3f8}td.l,th.l{text-align:left}.bad{color:#b00}h2{border-bottom:1px solid #ddd}")
                .append("</style></head><body>\n");
        h.append("<h1>Cepheus classification report</h1>\n");
        modelSection(h);
        if (evaluation != null) evaluationSection(h);
        predictedCounts(h);
        flagged(h);
        allPredictions(h);
        h.append("<p style=\"color:#888\">Written by Cepheus ").append(esc(model.software().getOrDefault("cepheus", "")))
                .append(".</p></body></html>\n");
        return h.toString();
    }

    private void modelSection(StringBuilder h) {
        h.append("<table>");
        row(h, "catalog", catalogName);
        row(h, "model kind", model.modelKind());
        row(h, "classes", String.join(", ", model.classNames()));
        row(h, "trained", model.created() == null ? "" : model.created());
        row(h, "best epoch", Integer.toString(model.bestEpoch()));
        if (model.testMetrics() != null) {
            row(h, "macro-F1 on its own test split", fmt(model.testMetrics().macroF1()));
        }
        row(h, "stars classified", Integer.toString(predictions.size()));
        h.append("</table>\n");
    }

    private void evaluationSection(StringBuilder h) {
        EvaluationResult r = evaluation;
        h.append("<h2>Metrics on ").append(r.count()).append(" labelled stars</h2>\n<table>");
        row(h, "accuracy", fmt(r.accuracy()));
        row(h, "macro precision", fmt(r.macroPrecision()));
        row(h, "macro recall", fmt(r.macroRecall()));
        row(h, "macro F1", fmt(r.macroF1()));
        if (r.skippedCount() > 0) row(h, "skipped (class not in model)", r.skippedClasses().toString());
        h.append("</table>\n<table><tr><th class=\"l\">class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n");
        for (int i = 0; i < r.classNames().size(); i++) {
            h.append("<tr><td class=\"l\">").append(esc(r.classNames().get(i))).append("</td><td>")
                    .append(fmt(r.precision()[i])).append("</td><td>").append(fmt(r.recall()[i])).append("</td><td>")
                    .append(fmt(r.f1()[i])).append("</td><td>").append(r.support()[i]).append("</td></tr>\n");
        }
        h.append("</table>\n");
        image(h, "Confusion matrix", Figures.confusionMatrix(r.classNames(), r.confusion(), r.confusionNormalised()));
        image(h, "Per-class scores", Figures.perClassScores(r.classNames(), r.precision(), r.recall(), r.f1()));
        List<Prediction> wrong = r.predictions().stream().filter(p -> !p.isCorrect())
                .sorted(Comparator.comparing(Prediction::probability).reversed()).collect(Collectors.toList());
        h.append("<h2>Misclassified stars (").append(wrong.size()).append(")</h2>\n");
        predictionTable(h, wrong, true);
    }

    private void predictedCounts(StringBuilder h) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Prediction p : predictions) counts.merge(p.predicted(), 1, Integer::sum);
        h.append("<h2>Predicted classes</h2>\n<table><tr><th class=\"l\">class</th><th>stars</th></tr>");
        counts.forEach((c, n) -> h.append("<tr><td class=\"l\">").append(esc(c)).append("</td><td>").append(n).append("</td></tr>"));
        h.append("</table>\n");
    }

    private void flagged(StringBuilder h) {
        List<Prediction> f = new ArrayList<>();
        for (Prediction p : predictions) if (p.isFlagged()) f.add(p);
        h.append("<h2>Flagged predictions (").append(f.size()).append(")</h2>\n")
                .append("<p>Low best probability, or a curve unlike the training curves (few points, other cadence or baseline).</p>\n");
        predictionTable(h, f, evaluation != null);
    }

    private void allPredictions(StringBuilder h) {
        h.append("<h2>All predictions</h2>\n");
        predictionTable(h, predictions, evaluation != null);
    }

    private void predictionTable(StringBuilder h, List<Prediction> rows, boolean withTrue) {
        if (rows.isEmpty()) {
            h.append("<p>none</p>\n");
            return;
        }
        h.append("<table><tr><th class=\"l\">id</th>");
        if (withTrue) h.append("<th class=\"l\">true</th>");
        h.append("<th class=\"l\">predicted</th><th>probability</th><th class=\"l\">flags</th></tr>\n");
        for (Prediction p : rows) {
            boolean wrong = withTrue && p.trueLabel() != null && !p.isCorrect();
            h.append("<tr").append(wrong ? " class=\"bad\"" : "").append("><td class=\"l\">").append(esc(p.id())).append("</td>");
            if (withTrue) h.append("<td class=\"l\">").append(esc(p.trueLabel() == null ? "" : p.trueLabel())).append("</td>");
            h.append("<td class=\"l\">").append(esc(p.predicted())).append("</td><td>").append(fmt(p.probability()))
                    .append("</td><td class=\"l\">")
                    .append(p.flags().stream().map(Prediction.Flag::code).sorted().collect(Collectors.joining(" ")))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void image(StringBuilder h, String alt, byte[] png) {
        h.append("<h3>").append(esc(alt)).append("</h3>\n<img alt=\"").append(esc(alt)).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td class=\"l\">").append(esc(v)).append("</td></tr>");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
