package org.cepheus.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RandomStarTable;
import uk.ac.starlink.table.StarTableOutput;
import uk.ac.starlink.table.StarTableWriter;

/**
 * Writes a catalog as one long table (id, band, time, mag, err, class, time_scale, set_aside; one
 * row per observation) to CSV, FITS binary table, VOTable, ECSV or Parquet, chosen by the file extension.
 * The loader reads each back to the same curves: the time scale the source named (JD, MJD...;
 * empty when it did not say) and the set-aside points, each with its reason (upper_limit,
 * time_outlier, mag_outlier, excluded), read back as set aside. Other catalog metadata (periods,
 * positions) is not part of the long format.
 * What a format cannot hold so that it reads back the same is refused, with the star and the
 * reason, before any file is created (see {@link #refusal}). Written to a temporary file and moved
 * into place, so a failed export never leaves half a file.
 */
public final class CatalogExport {
    static final String TIME_SCALE_COLUMN = "time_scale";
    static final String SET_ASIDE_COLUMN = "set_aside";
    public static final String[] COLUMNS = {"id", "band", "time", "mag", "err", "class", TIME_SCALE_COLUMN, SET_ASIDE_COLUMN};
    /** The columns of exports written before the time scale and set-aside points were kept. */
    private static final List<String> OLD_COLUMNS = List.of("id", "band", "time", "mag", "err", "class");

    private CatalogExport() { }

    /**
     * @return the number of rows written
     * @throws IllegalArgumentException for an unknown extension, or a catalog this format cannot
     *         hold without loss (nothing is written then)
     */
    public static long write(Catalog catalog, Path out) throws IOException {
        String format = formatOf(out);
        String refused = refusal(catalog, format);
        if (refused != null) throw new IllegalArgumentException("cannot export to " + out.getFileName() + ": " + refused);
        AtomicFiles.writeBytes(out, os -> {
            if (format.equals("csv")) writeCsv(catalog, os);
            else if (format.equals("parquet")) ParquetLongTable.write(catalog, os);
            else writeStil(catalog, os, format);
        });
        return catalog.curves().stream().mapToLong(CatalogExport::rows).sum();
    }

    /** Rows of one curve: its points, then its set-aside points. */
    private static long rows(LightCurve c) { return c.size() + c.setAside().size(); }

    /** Whether a header is that of Cepheus's own export (this layout or the older one). */
    static boolean isExportHeader(List<String> header) {
        return header.equals(List.of(COLUMNS)) || header.equals(OLD_COLUMNS);
    }

    /** The set_aside column's words, for messages: "upper_limit, time_outlier, ...". */
    static String reasons() {
        StringBuilder b = new StringBuilder();
        for (SetAside.Reason r : SetAside.Reason.values()) b.append(b.length() == 0 ? "" : ", ").append(word(r));
        return b.toString();
    }

    private static String word(SetAside.Reason r) { return r.name().toLowerCase(Locale.ROOT); }

    /** csv, fits, votable, ecsv or parquet from the extension. */
    public static String formatOf(Path out) {
        String ext = TextCatalogReader.extension(out);
        return switch (ext) {
            case "csv" -> "csv";
            case "fits", "fit", "fts" -> "fits";
            case "vot", "votable", "xml" -> "votable";
            case "ecsv" -> "ecsv";
            case "parquet" -> "parquet";
            default -> throw new IllegalArgumentException("cannot export to '" + out.getFileName()
                    + "': expected a file ending in .csv, .fits, .vot, .ecsv or .parquet");
        };
    }

    /**
     * Why this catalog would not read back the same from this format (csv, fits, votable, ecsv, parquet),
     * or null when it would. Refused in every format: an empty id; a control character (a line
     * break splits the row) or an unpaired surrogate in an id, band or class; a leading or trailing
     * space (the readers trim cells); two curves with the same id and band (they read back as
     * one); a curve without points; a time or magnitude that is not finite; errors given for some
     * points only, or negative or infinite ones. FITS and ECSV (as STIL writes it) hold ASCII text only.
     */
    public static String refusal(Catalog catalog, String format) {
        boolean asciiOnly = format.equals("fits") || format.equals("ecsv");
        java.util.Set<String> seen = new java.util.HashSet<>();
        int refused = 0;
        String first = null;
        for (LightCurve c : catalog.curves()) {
            String why = curveRefusal(c, asciiOnly, format);
            if (why == null && !seen.add(c.id() + '\u0000' + c.band())) {
                why = "the id and band " + shown(c.band()) + " occur twice; they would read back as one curve";
            }
            if (why == null) continue;
            if (refused++ == 0) first = "star " + shown(c.id()) + ": " + why;
        }
        if (first == null) return null;
        return refused == 1 ? first : first + " (" + refused + " curves cannot be written; this is the first)";
    }

    private static String curveRefusal(LightCurve c, boolean asciiOnly, String format) {
        if (c.id().isEmpty()) return "an empty id cannot be read back";
        String[][] texts = {{"id", c.id()}, {"band", c.band()}, {"class", c.label()}, {"time scale", c.metadata().timeScale()}};
        for (String[] t : texts) {
            String why = textRefusal(t[1], asciiOnly);
            if (why == null) continue;
            String what = "the " + t[0] + (t[0].equals("id") ? " " : " " + shown(t[1]) + " ") + why;
            if (!why.startsWith("is not ASCII")) return what;
            return what + (format.equals("fits") ? "; FITS text is ASCII only"
                    : "; STIL writes and reads ECSV as ASCII only") + ": export to .vot or .csv instead";
        }
        if (c.size() == 0) return "the curve has no points; the long format cannot hold an empty curve";
        double[] t = c.time(), m = c.mag(), e = c.err();
        int missingErr = 0;
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || !Double.isFinite(m[i])) {
                return "point " + (i + 1) + " has a time or magnitude that is not finite (" + t[i] + ", " + m[i]
                        + "); the readers skip such rows";
            }
            if (e == null) continue;
            if (Double.isNaN(e[i])) missingErr++;
            else if (!(e[i] >= 0) || e[i] == Double.POSITIVE_INFINITY) {
                return "point " + (i + 1) + " has the error " + e[i] + "; the readers take only finite errors >= 0";
            }
        }
        SetAside aside = c.setAside();
        for (int i = 0; i < aside.size(); i++) {
            if (!Double.isFinite(aside.time()[i]) || !Double.isFinite(aside.mag()[i])) {
                return "set-aside point " + (i + 1) + " has a time or magnitude that is not finite (" + aside.time()[i]
                        + ", " + aside.mag()[i] + "); the readers skip such rows";
            }
            double ae = aside.err()[i];
            if (!Double.isNaN(ae) && !(ae >= 0 && ae != Double.POSITIVE_INFINITY)) {
                return "set-aside point " + (i + 1) + " has the error " + ae + "; the readers take only finite errors >= 0";
            }
        }
        if (missingErr > 0 && missingErr < t.length) {
            return missingErr + " of " + t.length + " points have no error (NaN); the readers would drop the errors of the whole curve";
        }
        return null;
    }

    /** Why one id, band or class (null: no class) cannot be written, or null. */
    private static String textRefusal(String s, boolean asciiOnly) {
        if (s == null) return null;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i); // an unpaired surrogate comes back as itself
            if (Character.isISOControl(cp)) {
                return String.format(Locale.ROOT, "holds the control character U+%04X, which no exported format "
                        + "reads back within one row", cp);
            }
            if (Character.getType(cp) == Character.SURROGATE) {
                return String.format(Locale.ROOT, "holds an unpaired surrogate U+%04X, which no text encoding can hold", cp);
            }
            if (asciiOnly && cp > 0x7f) return String.format(Locale.ROOT, "is not ASCII (U+%04X)", cp);
        }
        if (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            return "starts or ends with a space, which the readers trim";
        }
        return null;
    }

    /** A text quoted for messages, control characters and unpaired surrogates spelled out as escapes. */
    static String shown(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE) {
                b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else b.appendCodePoint(cp);
        }
        return b.append('\'').toString();
    }

    private static void writeCsv(Catalog catalog, OutputStream os) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = new CsvWriter(w);
        csv.row(COLUMNS);
        for (LightCurve c : catalog.curves()) {
            double[] t = c.time(), m = c.mag(), e = c.err();
            String scale = c.metadata().timeScale();
            for (int i = 0; i < t.length; i++) {
                // Double.toString round-trips exactly through Double.parseDouble; a NaN error is left empty
                csv.text(c.id()).text(c.band()).number(t[i]).number(m[i]);
                if (e != null) csv.number(e[i]);
                else csv.empty();
                csv.text(c.label()).text(scale).empty();
                csv.endRow();
            }
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                csv.text(c.id()).text(c.band()).number(s.time()[i]).number(s.mag()[i]);
                if (Double.isNaN(s.err()[i])) csv.empty();
                else csv.number(s.err()[i]);
                csv.text(c.label()).text(scale).text(word(s.reason()[i]));
                csv.endRow();
            }
        }
        w.flush();
    }

    private static void writeStil(Catalog catalog, OutputStream os, String format) throws IOException {
        StilReader.quietLogging();
        StarTableWriter writer = new StarTableOutput().getHandler(format.toLowerCase(Locale.ROOT));
        OutputStream target = format.equals("ecsv") ? new QuotedHashRows(os) : os;
        writer.writeStarTable(new LongTable(catalog, format.equals("fits")), target);
        target.flush();
    }

    /**
     * Puts double quotes around an ECSV data row's first field when it starts with '#': STIL leaves
     * such an id bare, and readers that skip '#' comment lines (astropy does) would drop the row.
     * Such a bare field holds no space or quote (STIL would have quoted it), so quoting needs no escapes.
     */
    private static final class QuotedHashRows extends java.io.FilterOutputStream {
        private boolean inHeader = true;      // the '# ' YAML lines and the column-name line
        private boolean lineStart = true;
        private boolean headerEndsWithLine;
        private boolean inQuotedField;

        QuotedHashRows(OutputStream os) { super(new java.io.BufferedOutputStream(os, 1 << 16)); }

        @Override
        public void write(int b) throws IOException {
            if (lineStart) {
                lineStart = false;
                if (b == '#' && !inHeader) {
                    out.write('"');
                    inQuotedField = true;
                } else if (b != '#' && inHeader) {
                    headerEndsWithLine = true;
                }
            }
            if (inQuotedField && (b == ' ' || b == '\n')) {
                out.write('"');
                inQuotedField = false;
            }
            out.write(b);
            if (b == '\n') {
                lineStart = true;
                if (headerEndsWithLine) inHeader = false;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) write(b[i]);
        }
    }

    /** The catalog seen as one long STIL table, without copying the arrays. */
    private static final class LongTable extends RandomStarTable {
        private final LightCurve[] curves;
        private final long[] firstRow; // row index of each curve's first point, plus the total

        private final int[] textWidths; // id, band, class; null: let STIL measure

        /**
         * @param fixedWidths give the text columns their width up front, at least 1 (FITS: STIL
         *        otherwise declares an all-empty column as TFORM 0A, which astropy cannot read)
         */
        LongTable(Catalog catalog, boolean fixedWidths) {
            curves = catalog.curves().toArray(new LightCurve[0]);
            firstRow = new long[curves.length + 1];
            for (int i = 0; i < curves.length; i++) firstRow[i + 1] = firstRow[i] + rows(curves[i]);
            textWidths = fixedWidths ? new int[]{1, 1, 1, 1, 1} : null;
            if (fixedWidths) {
                for (LightCurve c : curves) { // ASCII text (checked by refusal): one byte per char
                    textWidths[0] = Math.max(textWidths[0], c.id().length());
                    textWidths[1] = Math.max(textWidths[1], c.band().length());
                    if (c.label() != null) textWidths[2] = Math.max(textWidths[2], c.label().length());
                    if (c.metadata().timeScale() != null) textWidths[3] = Math.max(textWidths[3], c.metadata().timeScale().length());
                    for (SetAside.Reason r : c.setAside().reason()) textWidths[4] = Math.max(textWidths[4], word(r).length());
                }
            }
            setName("cepheus light curves");
        }

        @Override
        public int getColumnCount() { return COLUMNS.length; }

        @Override
        public ColumnInfo getColumnInfo(int icol) {
            ColumnInfo info = info(icol);
            if (textWidths != null && info.getContentClass() == String.class) {
                info.setElementSize(textWidths[icol <= 1 ? icol : icol - 3]);
            }
            return info;
        }

        private static ColumnInfo info(int icol) {
            return switch (icol) {
                case 0 -> new ColumnInfo("id", String.class, "star id");
                case 1 -> new ColumnInfo("band", String.class, "photometric band");
                case 2 -> new ColumnInfo("time", Double.class, "time of observation (days)");
                case 3 -> new ColumnInfo("mag", Double.class, "magnitude");
                case 4 -> new ColumnInfo("err", Double.class, "magnitude error (NaN when unknown)");
                case 5 -> new ColumnInfo("class", String.class, "class label (empty when unlabelled)");
                case 6 -> new ColumnInfo(TIME_SCALE_COLUMN, String.class, "time scale as the source named it (JD, MJD...; empty when unknown)");
                default -> new ColumnInfo(SET_ASIDE_COLUMN, String.class,
                        "why the point is set aside (" + reasons() + "); empty for the curve's points");
            };
        }

        @Override
        public long getRowCount() { return firstRow[curves.length]; }

        @Override
        public Object getCell(long row, int icol) {
            int ci = java.util.Arrays.binarySearch(firstRow, row);
            if (ci < 0) ci = -ci - 2;
            else while (ci + 1 < firstRow.length && firstRow[ci + 1] == row) ci++; // skip empty curves
            LightCurve c = curves[ci];
            int i = (int) (row - firstRow[ci]);
            boolean point = i < c.size();
            int a = i - c.size(); // index among the set-aside points
            String scale = c.metadata().timeScale();
            return switch (icol) {
                case 0 -> c.id();
                case 1 -> c.band();
                case 2 -> point ? c.time()[i] : c.setAside().time()[a];
                case 3 -> point ? c.mag()[i] : c.setAside().mag()[a];
                case 4 -> point ? (c.err() == null ? Double.NaN : c.err()[i]) : c.setAside().err()[a];
                case 5 -> c.label() == null ? "" : c.label();
                case 6 -> scale == null ? "" : scale;
                default -> point ? "" : word(c.setAside().reason()[a]);
            };
        }
    }
}
