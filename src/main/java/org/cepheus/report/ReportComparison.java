package org.cepheus.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two report CSVs side by side (two models, or one model before and after retraining): the stars
 * whose predicted class changed, and each run's confusion matrix over its scored stars.
 */
public record ReportComparison(Run a, Run b, int common, List<Change> changed, List<String> onlyA, List<String> onlyB) {

    /** One star whose predicted class differs; trueLabel null when unlabelled. */
    public record Change(String id, String trueLabel, String predictedA, double probabilityA,
                         String predictedB, double probabilityB) { }

    /**
     * One run's confusion matrix over its scored labelled stars, rows true, columns predicted,
     * on the union of the run's class names and the true classes met.
     */
    public record Run(String file, List<String> classes, int[][] confusion, int scored, double accuracy) {
        static Run of(ReportCsv.Table t) {
            TreeSet<String> extra = new TreeSet<>();
            List<ReportCsv.Row> rows = t.rows().stream().filter(r -> r.scored() && r.trueLabel() != null).toList();
            for (ReportCsv.Row r : rows) if (!t.classes().contains(r.trueLabel())) extra.add(r.trueLabel());
            List<String> classes = new ArrayList<>(t.classes());
            classes.addAll(extra);
            int[][] m = new int[classes.size()][classes.size()];
            int right = 0;
            for (ReportCsv.Row r : rows) {
                int i = classes.indexOf(r.trueLabel()), j = classes.indexOf(r.predicted());
                if (j < 0) continue;
                m[i][j]++;
                if (i == j) right++;
            }
            return new Run(t.file().toString(), classes, m, rows.size(), rows.isEmpty() ? Double.NaN : right / (double) rows.size());
        }
    }

    public static ReportComparison of(ReportCsv.Table a, ReportCsv.Table b) {
        Map<String, ReportCsv.Row> inB = new LinkedHashMap<>();
        for (ReportCsv.Row r : b.rows()) inB.put(r.id(), r);
        List<Change> changed = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        int common = 0;
        java.util.Set<String> seenA = new java.util.HashSet<>();
        for (ReportCsv.Row ra : a.rows()) {
            seenA.add(ra.id());
            ReportCsv.Row rb = inB.get(ra.id());
            if (rb == null) {
                onlyA.add(ra.id());
                continue;
            }
            common++;
            if (!ra.predicted().equals(rb.predicted())) {
                changed.add(new Change(ra.id(), ra.trueLabel() != null ? ra.trueLabel() : rb.trueLabel(),
                        ra.predicted(), ra.probability(), rb.predicted(), rb.probability()));
            }
        }
        List<String> onlyB = new ArrayList<>();
        for (String id : inB.keySet()) if (!seenA.contains(id)) onlyB.add(id);
        return new ReportComparison(Run.of(a), Run.of(b), common, changed, onlyA, onlyB);
    }
}
