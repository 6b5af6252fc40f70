package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sets aside gross outliers of freshly read curves, so that no period search, fold, feature or
 * training ever sees them: times far outside the curve's own span (CRTS has MJD -2409998.5 rows)
 * and lone magnitudes far outside the curve's robust spread. Only clear cases: a deep eclipse or
 * an outburst is seen in more than one point (others nearly as deviant, or a neighbour in the same
 * visit), a bad frame is not. Each curve with such points gets one problem naming them by line.
 */
public final class Outliers {
    private final OutlierPreset preset;

    Outliers(OutlierPreset preset) { this.preset = preset; }

    private static final String REPORT = " set aside as ";

    /** Whether a load problem only reports outliers set aside (nothing was skipped). */
    public static boolean isSetAsideReport(LoadProblem p) {
        return p.message().contains(REPORT);
    }

    /** The file's curves with their outliers set aside, and one problem per curve that had some. */
    ReadResult apply(Path file, ReadResult read) {
        if (read.curves().isEmpty() || read.setAsideGiven()) return read;
        List<LightCurve> curves = new ArrayList<>(read.curves().size());
        List<int[]> keptLines = new ArrayList<>(read.curves().size());
        List<LoadProblem> problems = new ArrayList<>(read.problems());
        for (int i = 0; i < read.curves().size(); i++) {
            LightCurve c = read.curves().get(i);
            int[] lines = read.linesOf(i);
            if (lines == null || lines.length != c.size()) lines = new int[c.size()];
            SetAside.Reason[] why = flag(c);
            if (why == null) {
                curves.add(c);
                keptLines.add(lines);
                continue;
            }
            curves.add(split(c, lines, why));
            int[] kept = new int[curves.get(i).size()];
            for (int p = 0, k = 0; p < why.length; p++) if (why[p] == null) kept[k++] = lines[p];
            keptLines.add(kept);
            int first = 0;
            for (int p = 0; p < why.length && first == 0; p++) if (why[p] != null) first = lines[p];
            problems.add(new LoadProblem(file, first, describe(c, lines, why)));
        }
        return new ReadResult(curves, problems, keptLines);
    }

    /** The reason of each point (null = kept), or null when nothing is flagged. */
    SetAside.Reason[] flag(LightCurve c) {
        int n = c.size();
        if (n < preset.minPoints()) return null;
        SetAside.Reason[] why = new SetAside.Reason[n];
        int flagged = flagTimes(c.time(), why);
        flagged += flagMagnitudes(c.time(), c.mag(), why);
        return flagged == 0 ? null : why;
    }

    /** Times more than timeGapFactor bulk spans outside the bulk (the curve is sorted by time). */
    private int flagTimes(double[] t, SetAside.Reason[] why) {
        int n = t.length;
        double q = preset.timeBulkQuantile();
        double lo = t[(int) Math.floor(q * (n - 1))], hi = t[(int) Math.ceil((1 - q) * (n - 1))];
        double reach = preset.timeGapFactor() * Math.max(hi - lo, preset.timeMinSpanDays());
        int flagged = 0;
        for (int i = 0; i < n; i++) {
            if (t[i] < lo - reach || t[i] > hi + reach) {
                why[i] = SetAside.Reason.TIME_OUTLIER;
                flagged++;
            }
        }
        return flagged;
    }

    /**
     * At most the most deviant point on each side (fainter, brighter), when beyond magSigma robust
     * sigmas, alone on its side (the next one deviates by less than magLoneFraction of it) and not
     * confirmed by a point of the same visit.
     */
    private int flagMagnitudes(double[] t, double[] m, SetAside.Reason[] why) {
        double[] kept = new double[m.length];
        int k = 0;
        for (int i = 0; i < m.length; i++) if (why[i] == null) kept[k++] = m[i];
        if (k < preset.minPoints()) return 0;
        kept = Arrays.copyOf(kept, k);
        double median = median(kept);
        for (int i = 0; i < k; i++) kept[i] = Math.abs(kept[i] - median);
        double sigma = 1.4826 * median(kept);
        if (!(sigma > 0)) return 0;
        int flagged = 0;
        for (int side : new int[]{1, -1}) {
            int best = -1;
            double first = 0, second = 0;
            for (int i = 0; i < m.length; i++) {
                if (why[i] != null) continue;
                double d = side * (m[i] - median) / sigma;
                if (d > first) {
                    second = first;
                    first = d;
                    best = i;
                } else if (d > second) {
                    second = d;
                }
            }
            if (best < 0 || first <= preset.magSigma() || second > preset.magLoneFraction() * first) continue;
            if (confirmedByVisit(t, m, why, best, side, median, sigma)) continue;
            why[best] = SetAside.Reason.MAG_OUTLIER;
            flagged++;
        }
        return flagged;
    }

    private boolean confirmedByVisit(double[] t, double[] m, SetAside.Reason[] why, int at, int side,
                                     double median, double sigma) {
        for (int step : new int[]{1, -1}) {
            for (int j = at + step; j >= 0 && j < t.length && Math.abs(t[j] - t[at]) <= preset.magVisitDays(); j += step) {
                if (why[j] == null && side * (m[j] - median) / sigma > preset.magVisitSigma()) return true;
            }
        }
        return false;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** The kept points as the curve, the flagged ones added to its set-aside points. */
    static LightCurve split(LightCurve c, int[] lines, SetAside.Reason[] why) {
        int n = c.size(), out = 0;
        for (SetAside.Reason r : why) if (r != null) out++;
        double[] t = new double[n - out], m = new double[n - out], e = c.hasErrors() ? new double[n - out] : null;
        double[] st = new double[out], sm = new double[out], se = new double[out];
        SetAside.Reason[] sr = new SetAside.Reason[out];
        int[] sl = new int[out];
        int a = 0, b = 0;
        for (int i = 0; i < n; i++) {
            if (why[i] == null) {
                t[a] = c.time()[i];
                m[a] = c.mag()[i];
                if (e != null) e[a] = c.err()[i];
                a++;
            } else {
                st[b] = c.time()[i];
                sm[b] = c.mag()[i];
                se[b] = c.hasErrors() ? c.err()[i] : Double.NaN;
                sr[b] = why[i];
                sl[b] = lines[i];
                b++;
            }
        }
        return new LightCurve(c.id(), c.band(), t, m, e, c.label(), c.metadata())
                .withSetAside(c.setAside().plus(new SetAside(st, sm, se, sr, sl)));
    }

    /** "star X V: 1 point set aside as a time outlier (...): line 245 time -2409998.5 mag 15.406613". */
    private String describe(LightCurve c, int[] lines, SetAside.Reason[] why) {
        StringBuilder s = new StringBuilder("star ").append(c.id()).append(c.band().isEmpty() ? "" : " " + c.band())
                .append(": ");
        boolean firstGroup = true;
        for (SetAside.Reason reason : new SetAside.Reason[]{SetAside.Reason.TIME_OUTLIER, SetAside.Reason.MAG_OUTLIER}) {
            int count = 0;
            StringBuilder listed = new StringBuilder();
            for (int i = 0; i < why.length; i++) {
                if (why[i] != reason) continue;
                if (count < preset.listedPoints()) {
                    listed.append(count == 0 ? "" : ", ").append(lines[i] > 0 ? "line " + lines[i] + " " : "")
                            .append("time ").append(number(c.time()[i])).append(" mag ").append(number(c.mag()[i]));
                }
                count++;
            }
            if (count == 0) continue;
            if (count > preset.listedPoints()) listed.append(", ... (").append(count - preset.listedPoints()).append(" more)");
            boolean one = count == 1;
            s.append(firstGroup ? "" : "; ").append(count).append(one ? " point" + REPORT + "a " : " points" + REPORT)
                    .append(reason == SetAside.Reason.TIME_OUTLIER
                            ? (one ? "time outlier" : "time outliers") + " (more than " + number(preset.timeGapFactor())
                              + " x the curve's span away from its other times)"
                            : (one ? "magnitude outlier" : "magnitude outliers") + " (alone beyond "
                              + number(preset.magSigma()) + " robust sigmas)")
                    .append(": ").append(listed);
            firstGroup = false;
        }
        return s.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : Double.toString(v);
    }
}
