package org.cepheus.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;

/**
 * The report as CSV: FILE.csv has one row per star
 * ({@code id,true,predicted,probability,p_<class>...,period,period_source,novelty,flags,part,scored})
 * and is also a labels table (star id + class in {@code true}, period in {@code period}), so a
 * reviewed report can be loaded as training labels; FILE-metrics.csv holds the header facts and
 * the metrics as {@code section,class,predicted,value} rows.
 */
public final class ReportCsv {
    /** Columns before the per-class probabilities. */
    public static final List<String> LEADING = List.of("id", "true", "predicted", "probability");
    /** Columns after them. */
    public static final List<String> TRAILING = List.of("period", "period_source", "novelty", "flags", "part", "scored");

    private ReportCsv() { }

    /** The side file of the metrics: report.csv gives report-metrics.csv. */
    public static Path metricsFile(Path csv) {
        String n = csv.getFileName().toString();
        int dot = n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? n.length() - 4 : n.length();
        return csv.resolveSibling(n.substring(0, dot) + "-metrics.csv");
    }

    public static void write(ReportModel r, Path file) throws IOException {
        // the metrics first: a report.csv on disk always has its metrics beside it
        AtomicFiles.writeText(metricsFile(file), w -> writeMetrics(r, new CsvWriter(w)));
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            for (String c : LEADING) csv.text(c);
            for (String c : r.classes()) csv.text("p_" + c);
            for (String c : TRAILING) csv.text(c);
            csv.endRow();
            for (ReportModel.StarEntry s : r.stars()) {
                csv.text(s.id()).text(s.trueLabel()).text(s.predicted()).number(s.probability(), 4);
                for (float p : s.probabilities()) csv.number(p, 4);
                csv.number(s.period(), 7).text(s.periodSource()).number(s.novelty(), 4).text(String.join(";", s.flags()))
                        .text(s.part()).number(s.scored() ? 1 : 0);
                csv.endRow();
            }
        });
    }

    private static void writeMetrics(ReportModel r, CsvWriter csv) throws IOException {
        ReportModel.Header h = r.header();
        csv.row("section", "class", "predicted", "value");
        csv.row("catalog", "", "", h.catalog());
        csv.row("model", "", "", h.modelFile());
        csv.row("model_kind", "", "", h.modelKind());
        csv.row("split", "", "", h.split().part().name().toLowerCase(java.util.Locale.ROOT));
        csv.row("scored", "", "", h.split().words());
        if (h.split().warning() != null) csv.row("warning", "", "", h.split().warning());
        csv.row("written", "", "", h.written());
        EvaluationResult m = r.metrics();
        if (m == null) return;
        number(csv, "count", "", "", m.count());
        number(csv, "accuracy", "", "", m.accuracy());
        number(csv, "macro_precision", "", "", m.macroPrecision());
        number(csv, "macro_recall", "", "", m.macroRecall());
        number(csv, "macro_f1", "", "", m.macroF1());
        List<String> c = m.classNames();
        for (int i = 0; i < c.size(); i++) {
            number(csv, "precision", c.get(i), "", m.precision()[i]);
            number(csv, "recall", c.get(i), "", m.recall()[i]);
            number(csv, "f1", c.get(i), "", m.f1()[i]);
            number(csv, "support", c.get(i), "", m.support()[i]);
        }
        for (int i = 0; i < c.size(); i++) {
            for (int j = 0; j < c.size(); j++) number(csv, "confusion", c.get(i), c.get(j), m.confusion()[i][j]);
        }
    }

    private static void number(CsvWriter csv, String section, String cls, String predicted, double v) throws IOException {
        csv.text(section).text(cls).text(predicted).number(v);
        csv.endRow();
    }

    /** One row of a report CSV read back. */
    public record Row(String id, String trueLabel, String predicted, double probability, boolean scored) { }

    /** The class names of a report CSV, from its p_ columns. */
    public record Table(Path file, List<String> classes, List<Row> rows) { }

    /** Reads a report CSV written by {@link #write}; a file of another shape is refused naming it and the line. */
    public static Table read(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (rows.isEmpty()) throw new IllegalArgumentException(file + ": empty, expected a Cepheus report CSV");
        List<String> head = rows.get(0);
        if (head.size() < LEADING.size() + TRAILING.size() || !head.subList(0, LEADING.size()).equals(LEADING)
                || !head.subList(head.size() - TRAILING.size(), head.size()).equals(TRAILING)) {
            throw new IllegalArgumentException(file + ", line 1: not a Cepheus report CSV (expected the columns "
                    + String.join(",", LEADING) + ",p_<class>...," + String.join(",", TRAILING) + ")");
        }
        List<String> classes = new ArrayList<>();
        for (String h : head.subList(LEADING.size(), head.size() - TRAILING.size())) classes.add(h.substring(2));
        List<Row> out = new ArrayList<>();
        int scored = head.size() - 1;
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() == 1 && r.get(0).isEmpty()) continue;
            if (r.size() != head.size()) {
                throw new IllegalArgumentException(file + ", row " + (i + 1) + ": expected " + head.size() + " columns, found " + r.size());
            }
            double p;
            try {
                p = r.get(3).isEmpty() ? Double.NaN : Double.parseDouble(r.get(3));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ", row " + (i + 1) + ": expected a probability, found '" + r.get(3) + "'");
            }
            String t = CsvWriter.readBack(r.get(1));
            out.add(new Row(CsvWriter.readBack(r.get(0)), t.isEmpty() ? null : t, CsvWriter.readBack(r.get(2)), p,
                    "1".equals(r.get(scored))));
        }
        return new Table(file, classes.stream().map(CsvWriter::readBack).toList(), out);
    }

    /** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
