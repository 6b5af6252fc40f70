package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AAVSO International Database downloads ("JD","Magnitude","Uncertainty","HQuncertainty","Band",
 * "Observer Code",...,"Validation Flag",...,"Star Name",...), comma or tab delimited. One curve per
 * (star, band); the star id is "Star Name", else the file name. Times are JD.
 * <ul>
 * <li>a fainter-than row ({@code <14.2}) is an upper limit: kept in the curve's {@link SetAside},
 *     never a point;</li>
 * <li>a trailing ':' (an uncertain estimate) is accepted;</li>
 * <li>validation flags T and D (discrepant) drop the row, counted in one problem per file; V, Z, G,
 *     P, U and empty are kept.</li>
 * </ul>
 * The observer codes go to {@code Metadata.extra}: "observers" (code:count, most observations
 * first) and "observerCount"; the number of ':' estimates among the points to {@link #UNCERTAIN}.
 */
public final class AavsoReader extends TextCatalogReader {
    static final String TIME_SCALE = "JD";
    /** The {@code Metadata.extra} key of the count of uncertain (':') estimates among a curve's points. */
    public static final String UNCERTAIN = "uncertainEstimates";

    @Override
    public String name() { return "aavso"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        if (!looksLikeText(head)) return false;
        LineTokenizer.Delimiter d = DelimitedReader.delimiterOf(head);
        LineTokenizer tok = new LineTokenizer(head, d);
        if (!tok.next()) return false;
        List<String> header = header(tok);
        return Fields.of(header) != null || spaceDelimited(d, header); // claimed so that it is refused by name
    }

    /**
     * AAVSO's header split at spaces ("Observer Code" in two): a space-delimited download, whose
     * fields (star names, comments, empty columns) cannot be told apart reliably.
     */
    private static boolean spaceDelimited(LineTokenizer.Delimiter d, List<String> header) {
        return d == LineTokenizer.Delimiter.WHITESPACE && Fields.index(header, "JD") >= 0
                && Fields.index(header, "Magnitude") >= 0 && Fields.index(header, "Observer") >= 0;
    }

    @Override
    public ReadResult parse(Path path, byte[] content) {
        if (content.length == 0) return ReadResult.failed(new LoadProblem(path, 0, "empty file"));
        LineTokenizer tok = new LineTokenizer(content, DelimitedReader.delimiterOf(content));
        if (!tok.next()) return ReadResult.failed(new LoadProblem(path, 0, "empty file (no lines)"));
        List<String> header = header(tok);
        if (spaceDelimited(DelimitedReader.delimiterOf(content), header)) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), "a space-delimited AAVSO download cannot be"
                    + " split reliably (names, comments and empty fields); download it as CSV or tab-delimited"));
        }
        Fields f = Fields.of(header);
        if (f == null) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(),
                    "expected an AAVSO header with JD, Magnitude, Band and Observer Code; found: " + String.join(",", header)));
        }
        FileProblems problems = new FileProblems(path);
        if (!tok.next()) {
            problems.file("header only, no data rows");
            return new ReadResult(List.of(), problems.list());
        }
        String defaultId = stem(path);
        Map<String, Star> stars = new LinkedHashMap<>();
        int rows = 0, good = 0, discrepant = 0; // good: rows read, kept or dropped by their flag
        do {
            rows++;
            if (tok.count() != header.size()) {
                problems.badLine(tok.lineNumber(), "expected " + header.size() + " columns (AAVSO), found "
                        + tok.count() + ": " + tok.lineText());
                continue;
            }
            if (f.flag >= 0) {
                byte flag = tok.byteAt(f.flag, 0);
                if (flag == 'T' || flag == 'D') { // discrepant, not to be used
                    discrepant++;
                    good++;
                    continue;
                }
            }
            boolean fainter = tok.byteAt(f.mag, 0) == '<';
            int tail = tok.byteAt(f.mag, -1) == ':' ? 1 : 0; // an uncertain estimate is still an estimate
            int field = f.time;
            double t, m, e = Double.NaN;
            try {
                t = tok.number(f.time);
                field = f.mag;
                m = tok.number(f.mag, fainter ? 1 : 0, tail);
                if (f.err >= 0 && !tok.isEmpty(f.err)) {
                    field = f.err;
                    e = tok.number(f.err);
                }
            } catch (NumberFormatException ex) {
                problems.badLine(tok.lineNumber(), "expected a number for " + (field == f.time ? "JD" : field == f.mag
                        ? "Magnitude (a number, <number for fainter-than)" : "Uncertainty") + ", found " + tok.quote(field));
                continue;
            }
            if (!Double.isFinite(t) || !Double.isFinite(m) || e < 0 || Double.isInfinite(e)) {
                problems.badLine(tok.lineNumber(), "expected finite JD and Magnitude and an Uncertainty >= 0: " + tok.lineText());
                continue;
            }
            String id = f.star >= 0 && !tok.isEmpty(f.star) ? tok.text(f.star) : defaultId;
            String band = f.band >= 0 ? tok.text(f.band) : "";
            Star star = stars.computeIfAbsent(id + '\u0000' + band, k -> new Star(id, band));
            if (fainter) star.points.addSetAside(t, m, e, SetAside.Reason.UPPER_LIMIT, tok.lineNumber());
            else {
                star.points.add(t, m, e);
                star.uncertain += tail;
            }
            if (!tok.isEmpty(f.observer)) star.observers.merge(tok.text(f.observer), 1, Integer::sum);
            good++;
        } while (tok.next());

        if (good == 0) {
            return new ReadResult(List.of(), problems.wholeFile("no readable data rows: expected AAVSO rows; first problem: "
                    + problems.firstBadLine().message()));
        }
        if (problems.badLines() > good) {
            return new ReadResult(List.of(), problems.wholeFile("not an AAVSO table: " + problems.badLines()
                    + " of " + rows + " rows unreadable"));
        }
        if (discrepant > 0) {
            problems.file(discrepant + " discrepant observations (validation flag T/D) dropped");
        }
        Metadata md = Metadata.ofSource(path);
        List<LightCurve> curves = new ArrayList<>(stars.size());
        for (Star s : stars.values()) {
            if (s.points.size() == 0) {
                if (s.points.setAsideCount() > 0) {
                    problems.file("star " + s.points.id + (s.points.band.isEmpty() ? "" : " band " + s.points.band)
                            + ": only " + s.points.setAsideCount() + " fainter-than observations, no curve");
                }
                continue;
            }
            problems.partialErrors(s.points);
            Map<String, String> extra = extra(s.observers);
            if (s.uncertain > 0) extra.put(UNCERTAIN, Integer.toString(s.uncertain));
            curves.add(s.points.build(md.withExtra(extra))); // the fainter-than rows come as its set-aside points
        }
        return new ReadResult(curves, problems.list());
    }

    /** Metadata.extra entries: the time scale and who observed. */
    static Map<String, String> extra(Map<String, Integer> observers) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put(Metadata.TIME_SCALE, TIME_SCALE);
        if (!observers.isEmpty()) {
            List<Map.Entry<String, Integer>> byCount = new ArrayList<>(observers.entrySet());
            byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Integer> o : byCount) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(o.getKey()).append(':').append(o.getValue());
            }
            extra.put("observers", sb.toString());
            extra.put("observerCount", Integer.toString(observers.size()));
        }
        return extra;
    }

    private static List<String> header(LineTokenizer tok) {
        List<String> names = new ArrayList<>(tok.count());
        for (int i = 0; i < tok.count(); i++) names.add(tok.text(i));
        return names;
    }

    /** Column indices of an AAVSO header, -1 when absent. */
    private record Fields(int time, int mag, int err, int band, int observer, int flag, int star) {
        /** null when the header is not AAVSO's: JD, Magnitude, Band and Observer Code are required. */
        static Fields of(List<String> header) {
            int time = index(header, "JD"), mag = index(header, "Magnitude"), band = index(header, "Band"),
                    observer = index(header, "Observer Code");
            if (time < 0 || mag < 0 || band < 0 || observer < 0) return null;
            return new Fields(time, mag, index(header, "Uncertainty"), band, observer,
                    index(header, "Validation Flag"), index(header, "Star Name"));
        }

        private static int index(List<String> header, String name) {
            for (int i = 0; i < header.size(); i++) if (header.get(i).equalsIgnoreCase(name)) return i;
            return -1;
        }
    }

    /** One (star, band): its points, its fainter-than observations (set aside in the builder) and its observers. */
    private static final class Star {
        final CurveBuilder points;
        final Map<String, Integer> observers = new HashMap<>();
        int uncertain; // ':' estimates among the points

        Star(String id, String band) { points = new CurveBuilder(id, band); }
    }
}
