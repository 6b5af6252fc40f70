package org.cepheus.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.service.AtomicFiles;

/**
 * The report as one self-contained HTML file that opens offline: figures are SVG data URIs in
 * img tags (an image cannot run script, whatever text it holds) and every catalog text is escaped.
 */
public final class HtmlReport {
    private HtmlReport() { }

    public static void write(ReportModel r, Path file) throws IOException {
        String html = render(r);
        AtomicFiles.writeText(file, w -> w.write(html));
    }

    static String render(ReportModel r) {
        ReportModel.Header hd = r.header();
        StringBuilder h = new StringBuilder(256_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
                .append("<title>Cepheus report: ").append(esc(hd.catalog())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222;max-width:80em}")
                .append("table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:right;font-size:.9em}")
                .append("th{background:#f0f3f8}td.l,th.l{text-align:left;white-space:pre-wrap}.bad{color:#b00}h2{border-bottom:1px solid #ddd}")
                .append(".warn{background:#fff3cd;border:1px solid #e0c060;padding:.5em 1em}img{max-width:100%}")
                .append("</style></head><body>\n<h1>Cepheus classification report</h1>\n");
        header(h, r);
        if (r.metrics() != null) metrics(h, r.metrics());
        else h.append("<p>No star of this catalog has one of the model's classes: predictions only, no metrics.</p>\n");
        panels(h, r);
        stars(h, r, "Misclassified stars, most confident first", r.stars().stream().filter(ReportModel.StarEntry::wrong)
                .sorted(Comparator.comparingDouble(ReportModel.StarEntry::probability).reversed()).toList());
        stars(h, r, "Flagged stars", r.stars().stream().filter(s -> !s.flags().isEmpty()).toList());
        stars(h, r, "All stars", r.stars());
        h.append("<p style=\"color:#888\">Written by Cepheus ").append(esc(hd.reportSoftware().getOrDefault("cepheus", "")))
                .append(" on ").append(esc(hd.written())).append(".</p></body></html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ReportModel r) {
        ReportModel.Header hd = r.header();
        h.append("<table>");
        for (Map.Entry<String, String> e : hd.rows()) row(h, e.getKey(), e.getValue());
        h.append("</table>\n");
        if (hd.split().warning() != null) {
            h.append("<p class=\"warn\"><b>Warning:</b> ").append(esc(hd.split().warning())).append("</p>\n");
        }
    }

    private static void metrics(StringBuilder h, EvaluationResult m) {
        h.append("<h2>Metrics on ").append(m.count()).append(" scored stars</h2>\n<table>");
        row(h, "accuracy", fmt(m.accuracy()));
        row(h, "macro precision", fmt(m.macroPrecision()));
        row(h, "macro recall", fmt(m.macroRecall()));
        row(h, "macro F1", fmt(m.macroF1()));
        if (m.skippedCount() > 0) row(h, "skipped (class not in model)", m.skippedClasses().toString());
        if (m.skippedUnlabelled() > 0) row(h, "skipped (unlabelled)", Integer.toString(m.skippedUnlabelled()));
        h.append("</table>\n<table><tr><th class=\"l\">class</th><th>precision</th><th>recall</th><th>F1</th><th>support</th></tr>\n");
        for (int i = 0; i < m.classNames().size(); i++) {
            h.append("<tr><td class=\"l\">").append(esc(m.classNames().get(i))).append("</td><td>").append(fmt(m.precision()[i]))
                    .append("</td><td>").append(fmt(m.recall()[i])).append("</td><td>").append(fmt(m.f1()[i]))
                    .append("</td><td>").append(m.support()[i]).append("</td></tr>\n");
        }
        h.append("<tr><th class=\"l\">macro</th><td>").append(fmt(m.macroPrecision())).append("</td><td>").append(fmt(m.macroRecall()))
                .append("</td><td>").append(fmt(m.macroF1())).append("</td><td>").append(m.count()).append("</td></tr></table>\n");
        List<Figure> figs = Figures.metricFigures(m);
        h.append("<h3>Confusion matrix</h3>\n<p>");
        inline(h, figs.get(0));
        h.append(" ");
        inline(h, figs.get(1));
        h.append("</p>\n");
        figure(h, figs.get(2));
    }

    private static void panels(StringBuilder h, ReportModel r) {
        if (r.panels().isEmpty()) return;
        h.append("<h2>Examples per class</h2>\n<p>For each class the most confident right answers")
                .append(r.metrics() == null ? "" : ", then the most confident wrong answers among its stars (red title)")
                .append(": raw curve, curve folded at the star's period, periodogram.</p>\n");
        String last = null;
        for (ReportModel.Panel p : r.panels()) {
            if (!p.className().equals(last)) h.append("<h3>").append(esc(p.className())).append("</h3>\n");
            last = p.className();
            png(h, Figures.panel(p));
        }
    }

    private static void stars(StringBuilder h, ReportModel r, String title, List<ReportModel.StarEntry> rows) {
        h.append("<h2>").append(esc(title)).append(" (").append(rows.size()).append(")</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>none</p>\n");
            return;
        }
        h.append("<table><tr><th class=\"l\">id</th><th class=\"l\">true</th><th class=\"l\">predicted</th><th>probability</th>");
        for (String c : r.classes()) h.append("<th>p ").append(esc(c)).append("</th>");
        h.append("<th>period [d]</th><th>novelty</th><th class=\"l\">flags</th><th class=\"l\">part</th></tr>\n");
        for (ReportModel.StarEntry s : rows) {
            h.append("<tr").append(s.wrong() ? " class=\"bad\"" : "").append("><td class=\"l\">").append(esc(s.id()))
                    .append("</td><td class=\"l\">").append(esc(s.trueLabel())).append("</td><td class=\"l\">").append(esc(s.predicted()))
                    .append("</td><td>").append(fmt(s.probability())).append("</td>");
            for (float p : s.probabilities()) h.append("<td>").append(fmt(p)).append("</td>");
            h.append("<td>").append(Double.isFinite(s.period()) ? String.format(Locale.ROOT, "%.5f", s.period()) : "")
                    .append("</td><td>").append(Double.isFinite(s.novelty()) ? fmt(s.novelty()) : "").append("</td><td class=\"l\">")
                    .append(esc(String.join(" ", s.flags()))).append("</td><td class=\"l\">").append(esc(s.part()))
                    .append(s.scored() ? "" : s.part().isEmpty() ? "" : " (not scored)").append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void figure(StringBuilder h, Figure f) {
        h.append("<h3>").append(esc(f.title())).append("</h3>\n");
        image(h, f);
    }

    private static void image(StringBuilder h, Figure f) {
        h.append("<p>");
        inline(h, f);
        h.append("</p>\n");
    }

    private static void inline(StringBuilder h, Figure f) {
        h.append("<img alt=\"").append(esc(f.title())).append("\" width=\"").append(f.width()).append("\" src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8))).append("\">");
    }

    /** Panels as PNG: thousands of points as SVG elements made a 24 MB page. */
    private static void png(StringBuilder h, Figure f) {
        h.append("<p><img alt=\"").append(esc(f.title())).append("\" width=\"").append(f.width()).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(f.png())).append("\"></p>\n");
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
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
