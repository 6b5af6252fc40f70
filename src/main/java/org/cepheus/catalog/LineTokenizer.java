package org.cepheus.catalog;

import java.nio.charset.StandardCharsets;
import org.cepheus.service.CsvWriter;

/**
 * Walks the lines of a text table held in a byte array and splits each into field offsets,
 * without creating a String per line or per field (the speed of catalog loading lives here).
 * Blank lines and lines starting with '#' are skipped. In comma/tab mode fields are trimmed and
 * surrounding double quotes removed (RFC 4180 quoting, except that a quoted field cannot span
 * lines; comma, semicolon or tab); in whitespace mode runs of spaces and tabs separate fields.
 */
final class LineTokenizer {
    enum Delimiter {
        COMMA(','), SEMICOLON(';'), TAB('\t'), WHITESPACE(' ');
        final byte symbol;
        Delimiter(char c) { this.symbol = (byte) c; }
    }

    private final byte[] buf;
    private final int end;
    private final Delimiter delimiter;
    private int pos;
    private int lineNumber;
    private int lineStart, lineEnd;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    LineTokenizer(byte[] buf, Delimiter delimiter) {
        this.buf = buf;
        this.end = buf.length;
        this.delimiter = delimiter;
        // a UTF-8 byte order mark is not part of the first field
        if (end >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
    }

    /** Advances to the next non-blank, non-comment line; false at the end of the text. */
    boolean next() {
        while (pos < end) {
            lineNumber++;
            int s = pos;
            int first = s;
            while (first < end && (buf[first] == ' ' || buf[first] == '\t')) first++;
            if (first == end || buf[first] == '\n' || buf[first] == '\r' || buf[first] == '#') {
                pos = skipLine(first);
                continue;
            }
            lineStart = s;
            int e = delimiter == Delimiter.WHITESPACE ? splitWhitespace(first) : splitDelimited(first);
            lineEnd = e;
            // \r\n counts as one line break
            pos = e < end && buf[e] == '\r' && e + 1 < end && buf[e + 1] == '\n' ? e + 2 : e + 1;
            return true;
        }
        return false;
    }

    private int skipLine(int i) {
        while (i < end && buf[i] != '\n' && buf[i] != '\r') i++;
        return i < end && buf[i] == '\r' && i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
    }

    /** Splits on runs of blanks up to the end of the line; returns the line end. */
    private int splitWhitespace(int i) {
        count = 0;
        while (true) {
            while (i < end && (buf[i] == ' ' || buf[i] == '\t')) i++;
            if (i >= end || buf[i] == '\n' || buf[i] == '\r') return i;
            int f = i;
            byte c;
            while (i < end && (c = buf[i]) != ' ' && c != '\t' && c != '\n' && c != '\r') i++;
            add(f, i);
        }
    }

    /** Splits on the delimiter (outside quotes) up to the end of the line, in one pass; returns the line end. */
    private int splitDelimited(int i) {
        count = 0;
        byte sep = delimiter.symbol;
        // bytes above this one are never special: ',' for comma and tab, ';' itself for semicolon
        byte plain = sep == ';' ? (byte) ';' : (byte) ',';
        int f = i;
        boolean quoted = false;
        for (; i < end; i++) {
            byte c = buf[i];
            if (c > plain) continue; // digits, letters, '.', '-': the common case, one comparison
            if (c == sep) {
                if (!quoted) {
                    addTrimmed(f, i);
                    f = i + 1;
                }
            } else if (c == '\n' || c == '\r') {
                break;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        addTrimmed(f, i);
        return i;
    }

    private void addTrimmed(int s, int e) {
        while (s < e && (buf[s] == ' ' || buf[s] == '\t')) s++;
        while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) e--;
        if (e - s >= 2 && buf[s] == '"' && buf[e - 1] == '"') { s++; e--; }
        add(s, e);
    }

    private void add(int s, int e) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        count++;
    }

    int count() { return count; }
    /** True when the current line is the last and no line break ends it (a file cut short, or a writer that omits it). */
    boolean unterminated() { return lineEnd == end; }
    int lineNumber() { return lineNumber; }

    boolean isEmpty(int field) { return starts[field] == ends[field]; }

    /** @throws NumberFormatException when the field is not a number */
    double number(int field) { return FastDoubles.parse(buf, starts[field], ends[field]); }

    /** The number inside a field without its first {@code head} and last {@code tail} bytes ("<12.1", "9.8:"). */
    double number(int field, int head, int tail) { return FastDoubles.parse(buf, starts[field] + head, ends[field] - tail); }

    /** The field's byte at {@code i} (negative: from the end), 0 when the field is shorter. */
    byte byteAt(int field, int i) {
        int len = ends[field] - starts[field];
        int k = i >= 0 ? i : len + i;
        return k >= 0 && k < len ? buf[starts[field] + k] : 0;
    }

    boolean isNumber(int field) {
        try {
            number(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The field as text. In comma/tab mode a quoted field's doubled quotes are undone and so is
     * the apostrophe Cepheus's CSV writer puts before formula characters (see CsvWriter).
     */
    String text(int field) {
        int s = starts[field], e = ends[field];
        String t = new String(buf, s, e - s, StandardCharsets.UTF_8);
        if (delimiter == Delimiter.WHITESPACE) return t;
        if (s > 0 && buf[s - 1] == '"' && e < end && buf[e] == '"') t = t.replace("\"\"", "\"");
        return CsvWriter.readBack(t);
    }

    /** True when the field holds exactly these bytes (compares without creating a String). */
    boolean fieldEquals(int field, byte[] other) {
        int s = starts[field];
        if (ends[field] - s != other.length) return false;
        for (int i = 0; i < other.length; i++) if (buf[s + i] != other[i]) return false;
        return true;
    }

    byte[] fieldBytes(int field) { return java.util.Arrays.copyOfRange(buf, starts[field], ends[field]); }

    /** The current line, shortened for messages. */
    String lineText() {
        int len = Math.min(lineEnd - lineStart, 60);
        String s = new String(buf, lineStart, len, StandardCharsets.UTF_8);
        return lineEnd - lineStart > 60 ? s + "..." : s;
    }

    /** A field's text shortened for messages. */
    String quote(int field) {
        int len = Math.min(ends[field] - starts[field], 30);
        return "'" + new String(buf, starts[field], len, StandardCharsets.UTF_8) + (len < ends[field] - starts[field] ? "...'" : "'");
    }
}
