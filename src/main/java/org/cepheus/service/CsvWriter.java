package org.cepheus.service;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way Cepheus writes CSV. Quoting follows RFC 4180: a field holding a comma, a double
 * quote, CR or LF is put in double quotes, with its quotes doubled. Text cells that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or CR) get a leading apostrophe, unless
 * the whole text is a plain number; a text that already starts with apostrophes before such a
 * character gets one more, so the escape can always be undone. A text starting with '#' is quoted,
 * so that a reader skipping '#' comment lines does not skip its row. Number cells are written as
 * numbers. {@link #readBack} undoes the apostrophe, so Cepheus reads its own exports back to the
 * original text, whatever it was.
 */
public final class CsvWriter {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer out;
    private boolean inRow;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** A text cell; null is written empty. */
    public CsvWriter text(String s) throws IOException {
        return cell(textCell(s));
    }

    public CsvWriter texts(String... cells) throws IOException {
        for (String s : cells) text(s);
        return this;
    }

    /** A number in its shortest round-trip form; empty when it is NaN or infinite (not computable). */
    public CsvWriter number(double v) throws IOException {
        return cell(Double.isFinite(v) ? Double.toString(v) : "");
    }

    public CsvWriter number(long v) throws IOException {
        return cell(Long.toString(v));
    }

    /** A number with a fixed count of decimals; empty when it is NaN or infinite. */
    public CsvWriter number(double v, int decimals) throws IOException {
        return cell(Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "");
    }

    /** An empty cell. */
    public CsvWriter empty() throws IOException {
        return cell("");
    }

    public void endRow() throws IOException {
        out.write('\n');
        inRow = false;
    }

    /** A whole row of text cells, e.g. the header. */
    public void row(String... cells) throws IOException {
        texts(cells);
        endRow();
    }

    private CsvWriter cell(String encoded) throws IOException {
        if (inRow) out.write(',');
        out.write(encoded);
        inRow = true;
        return this;
    }

    /** The text as a CSV field: neutralised, then quoted when it must be. */
    public static String textCell(String s) {
        if (s == null || s.isEmpty()) return "";
        if (formulaLike(s)) s = "'" + s;
        if (s.charAt(0) == '#') return '"' + s.replace("\"", "\"\"") + '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * A text cell as read from CSV, without the apostrophe {@link #textCell} put before a formula
     * character: the exact inverse of {@link #textCell}'s neutralising.
     */
    public static String readBack(String cell) {
        return cell.length() >= 2 && cell.charAt(0) == '\'' && formulaLike(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Starts, after any apostrophes, with a formula character, and is not a plain number. */
    private static boolean formulaLike(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') i++;
        if (i == s.length() || FORMULA_STARTS.indexOf(s.charAt(i)) < 0) return false;
        return !NUMBER.matcher(i == 0 ? s : s.substring(i)).matches();
    }
}
