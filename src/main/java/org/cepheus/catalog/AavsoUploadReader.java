package org.cepheus.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files observers upload to the AAVSO (WebObs): the AAVSO Extended File Format
 * ({@code #TYPE=EXTENDED}: NAME, DATE, MAG, MERR, FILT, TRANS, MTYPE, CNAME, CMAG, KNAME, KMAG,
 * AIRMASS, GROUP, CHART, NOTES) and the Visual File Format ({@code #TYPE=VISUAL}: NAME, DATE, MAG,
 * COMMENTCODE, COMP1, COMP2, CHART, NOTES), what photometry software (VPhot, AstroImageJ, MaxIm,
 * Phoranso...) writes and what VStar reads. These are an observer's own observations, often
 * before the AAVSO has them.
 * <ul>
 * <li>the parameters ({@code #DELIM=}, {@code #DATE=JD|HJD|EXCEL}, {@code #OBSCODE=},
 *     {@code #OBSTYPE=}) apply to the rows after them, as the AAVSO reads them: a file may change
 *     its observer or date type part-way;</li>
 * <li>one curve per (star, filter); differential magnitudes ({@code MTYPE=DIF}) are not on the
 *     standard scale, so they make a curve of their own ({@code "V (DIF)"}); visual estimates are
 *     band {@code Vis.};</li>
 * <li>a fainter-than ({@code <14.2}) is an upper limit, kept beside the curve, never a point;
 *     {@code na} is a missing value;</li>
 * <li>a curve whose rows mix JD and HJD keeps them (they differ by at most 8.3 minutes) and says
 *     so in the file's problems.</li>
 * </ul>
 * The observer codes go to {@code Metadata.extra} as the download reader's do ("observers",
 * "observerCount"), with "obsType" and "software".
 */
public final class AavsoUploadReader extends TextCatalogReader {
    private static final Pattern TYPE = Pattern.compile("(?im)^\\s*#\\s*TYPE\\s*=\\s*(EXTENDED|VISUAL)\\s*$");
    /** Excel's NOW() as the AAVSO shows it: 12/31/2007 12:59:59 a.m (US order; seconds and am/pm optional). */
    private static final Pattern EXCEL = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}(?:\\.\\d*)?))?\\s*(?:([aApP])\\.?\\s*[mM]?\\.?)?");
    private static final int NAME = 0, DATE = 1, MAG = 2, MERR = 3, FILT = 4, MTYPE = 6;
    private static final double JD_UNIX_EPOCH = 2440587.5;

    @Override
    public String name() { return "aavso-upload"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        if (!looksLikeText(head)) return false;
        return TYPE.matcher(new String(head, 0, Math.min(head.length, 8192), StandardCharsets.UTF_8)).find();
    }

    /** The parameters in force at a row. */
    private static final class Params {
        boolean visual;
        Character delim;
        String date = "JD";
        String obsCode = "";
        String obsType = "";
        String software = "";
        boolean typeSeen;
    }

    @Override
    public ReadResult parse(Path path, byte[] content) {
        if (content.length == 0) return ReadResult.failed(new LoadProblem(path, 0, "empty file"));
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        FileProblems problems = new FileProblems(path);
        Params p = new Params();
        Map<String, Star> stars = new LinkedHashMap<>();
        int rows = 0, good = 0, lineNo = 0;
        int pos = 0, n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            String line = text.substring(pos, eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol);
            pos = eol + 1;
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) continue;
            if (trimmed.charAt(0) == '#') {
                String problem = parameter(line, p);
                if (problem != null) return ReadResult.failed(new LoadProblem(path, lineNo, problem));
                continue;
            }
            rows++;
            if (!p.typeSeen || p.delim == null) {
                return ReadResult.failed(new LoadProblem(path, lineNo, "an observation before the #TYPE= and #DELIM="
                        + " parameters; an AAVSO upload file starts with #TYPE=EXTENDED (or VISUAL), #DELIM=, #DATE="));
            }
            List<String> f = split(line, p.delim);
            int needed = p.visual ? 3 : 5;
            if (f.size() < needed) {
                problems.badLine(lineNo, "expected at least " + needed + " fields (" + (p.visual ? "NAME, DATE, MAG"
                        : "NAME, DATE, MAG, MERR, FILT") + ") separated by '" + printable(p.delim) + "', found " + f.size()
                        + ": " + shorten(line));
                continue;
            }
            double t;
            try {
                t = time(f.get(DATE), p.date);
            } catch (NumberFormatException e) {
                problems.badLine(lineNo, "expected a date as #DATE=" + p.date + " says, found '" + shorten(f.get(DATE)) + "'");
                continue;
            }
            String magText = f.get(MAG);
            boolean fainter = magText.startsWith("<");
            int tail = magText.endsWith(":") ? 1 : 0; // an uncertain estimate is still an estimate
            double m, e = Double.NaN;
            try {
                m = Double.parseDouble(magText.substring(fainter ? 1 : 0, magText.length() - tail).strip());
                if (!p.visual && !isNa(f.get(MERR))) e = Double.parseDouble(f.get(MERR));
            } catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
                problems.badLine(lineNo, "expected a number for MAG (<number for fainter-than) and for MERR (or na), found '"
                        + shorten(magText) + "'" + (p.visual ? "" : ", '" + shorten(f.get(MERR)) + "'"));
                continue;
            }
            if (!Double.isFinite(t) || !Double.isFinite(m) || e < 0 || Double.isInfinite(e)) {
                problems.badLine(lineNo, "expected a finite date and MAG and a MERR >= 0: " + shorten(line));
                continue;
            }
            String id = f.get(NAME).isEmpty() ? stem(path) : f.get(NAME);
            String band = band(f, p.visual);
            Star star = stars.computeIfAbsent(id + '\u0000' + band, k -> new Star(id, band));
            if (fainter) star.points.addSetAside(t, m, e, SetAside.Reason.UPPER_LIMIT, lineNo);
            else {
                star.points.add(t, m, e, lineNo);
                star.uncertain += tail;
            }
            star.dateTypes.merge(p.date.equals("EXCEL") ? "JD" : p.date, 1, Integer::sum); // Excel dates are UT, as JD
            if (!p.obsCode.isEmpty()) star.observers.merge(p.obsCode, 1, Integer::sum);
            star.obsType = p.obsType;
            star.software = p.software;
            good++;
        }
        if (!p.typeSeen) return ReadResult.failed(new LoadProblem(path, 0, "no #TYPE=EXTENDED or #TYPE=VISUAL parameter"));
        if (rows == 0) {
            problems.file("parameters only, no observations");
            return new ReadResult(List.of(), problems.list());
        }
        if (good == 0) {
            return new ReadResult(List.of(), problems.wholeFile("no readable observations; first problem: "
                    + problems.firstBadLine().message()));
        }
        if (problems.badLines() > good) {
            return new ReadResult(List.of(), problems.wholeFile("not an AAVSO upload file: " + problems.badLines()
                    + " of " + rows + " observations unreadable"));
        }
        Metadata md = Metadata.ofSource(path);
        List<LightCurve> curves = new ArrayList<>(stars.size());
        for (Star s : stars.values()) {
            String what = "star " + s.points.id + " band " + s.points.band;
            if (s.points.size() == 0) {
                problems.file(what + ": only " + s.points.setAsideCount() + " fainter-than observations, no curve");
                continue;
            }
            problems.partialErrors(s.points);
            if (s.dateTypes.size() > 1) {
                problems.file(what + ": dates mix " + String.join(" and ", s.dateTypes.keySet())
                        + " (they differ by up to 8.3 minutes); kept as they are");
            }
            curves.add(s.points.build(md.withExtra(s.extra())));
        }
        return new ReadResult(curves, problems.list());
    }

    /** Applies a {@code #KEY=VALUE} line; returns a whole-file problem, or null. Other # lines are comments. */
    private static String parameter(String line, Params p) {
        int hash = line.indexOf('#'), eq = line.indexOf('=', hash);
        if (eq < 0) return null;
        String key = line.substring(hash + 1, eq).strip().toUpperCase(Locale.ROOT);
        String raw = line.substring(eq + 1);
        String value = raw.strip();
        switch (key) {
            case "TYPE" -> {
                String v = value.toUpperCase(Locale.ROOT);
                if (!v.equals("EXTENDED") && !v.equals("VISUAL")) {
                    return "#TYPE=" + value + " is not an AAVSO upload format this reader knows (EXTENDED, VISUAL)";
                }
                p.visual = v.equals("VISUAL");
                p.typeSeen = true;
            }
            case "DELIM" -> {
                Character d = delimiter(raw, value);
                if (d == null) return "#DELIM=" + value + ": expected one character (or the word comma, tab, pipe, semicolon)";
                p.delim = d;
            }
            case "DATE" -> {
                String v = value.toUpperCase(Locale.ROOT);
                if (!v.equals("JD") && !v.equals("HJD") && !v.equals("EXCEL")) {
                    return "#DATE=" + value + ": expected JD, HJD or EXCEL";
                }
                p.date = v;
            }
            case "OBSCODE" -> p.obsCode = value;
            case "OBSTYPE" -> p.obsType = value;
            case "SOFTWARE" -> p.software = value;
            default -> { } // a comment that happens to hold '='
        }
        return null;
    }

    private static Character delimiter(String raw, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "comma" -> { return ','; }
            case "tab", "\\t" -> { return '\t'; }
            case "pipe" -> { return '|'; }
            case "semicolon" -> { return ';'; }
            case "space" -> { return ' '; }
            default -> { }
        }
        if (value.length() == 1) return value.charAt(0);
        if (value.isEmpty() && raw.length() >= 1 && (raw.charAt(0) == '\t' || raw.charAt(0) == ' ')) return raw.charAt(0);
        return null;
    }

    /** Fields between delimiters, blanks trimmed (only the first seven are read: NOTES may hold anything). */
    private static List<String> split(String line, char delim) {
        List<String> out = new ArrayList<>(16);
        int s = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delim) {
                out.add(line.substring(s, i).strip());
                s = i + 1;
            }
        }
        out.add(line.substring(s).strip());
        return out;
    }

    private static double time(String field, String dateType) {
        if (!dateType.equals("EXCEL")) return Double.parseDouble(field);
        Matcher m = EXCEL.matcher(field.strip());
        if (!m.matches()) throw new NumberFormatException(field);
        int month = Integer.parseInt(m.group(1)), day = Integer.parseInt(m.group(2)), year = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4)), minute = Integer.parseInt(m.group(5));
        double second = m.group(6) == null ? 0 : Double.parseDouble(m.group(6));
        String half = m.group(7);
        if (half != null) {
            if (hour < 1 || hour > 12) throw new NumberFormatException(field);
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second >= 60) throw new NumberFormatException(field);
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw new NumberFormatException(field);
        }
        return JD_UNIX_EPOCH + epochDay + (hour * 3600 + minute * 60 + second) / 86400.0;
    }

    private static String band(List<String> f, boolean visual) {
        if (visual) return "Vis.";
        String filter = f.get(FILT);
        String mtype = f.size() > MTYPE ? f.get(MTYPE).toUpperCase(Locale.ROOT) : "";
        return mtype.equals("DIF") ? filter + " (DIF)" : filter;
    }

    private static boolean isNa(String s) { return s.isEmpty() || s.equalsIgnoreCase("na"); }

    private static String printable(char c) { return c == '\t' ? "tab" : String.valueOf(c); }

    private static String shorten(String s) { return s.length() > 60 ? s.substring(0, 60) + "..." : s; }

    /** One (star, band): its points, fainter-thans (set aside in the builder), observers and date types. */
    private static final class Star {
        final CurveBuilder points;
        final Map<String, Integer> observers = new HashMap<>();
        final Map<String, Integer> dateTypes = new LinkedHashMap<>();
        String obsType = "", software = "";
        int uncertain;

        Star(String id, String band) { points = new CurveBuilder(id, band); }

        Map<String, String> extra() {
            Map<String, String> extra = AavsoReader.extra(observers);
            extra.put(Metadata.TIME_SCALE, String.join("/", dateTypes.keySet()));
            if (!obsType.isEmpty()) extra.put("obsType", obsType);
            if (!software.isEmpty()) extra.put("software", software);
            if (uncertain > 0) extra.put(AavsoReader.UNCERTAIN, Integer.toString(uncertain));
            return extra;
        }
    }
}
