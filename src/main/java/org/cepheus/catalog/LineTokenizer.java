package org.cepheus.catalog;

import java.nio.charset.StandardCharsets;

/**
 * Walks the lines of a text table held in a byte array and splits each into field offsets,
 * without creating a String per line or per field (the speed of catalog loading lives here).
 * Blank lines and lines starting with '#' are skipped. In comma/tab mode fields are trimmed and
 * surrounding double quotes removed; in whitespace mode runs of spaces and tabs separate fields.
 */
final class LineTokenizer {
    enum Delimiter {
        COMMA(','), TAB('\t'), WHITESPACE(' ');
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
            int e = s;
            while (e < end && buf[e] != '\n' && buf[e] != '\r') e++;
            // \r\n counts as one line break
            pos = e < end && buf[e] == '\r' && e + 1 < end && buf[e + 1] == '\n' ? e + 2 : e + 1;
            int first = s;
            while (first < e && (buf[first] == ' ' || buf[first] == '\t')) first++;
            if (first == e || buf[first] == '#') continue;
            lineStart = s;
            lineEnd = e;
            split(first, e);
            return true;
        }
        return false;
    }

    private void split(int s, int e) {
        count = 0;
        if (delimiter == Delimiter.WHITESPACE) {
            int i = s;
            while (i < e) {
                while (i < e && (buf[i] == ' ' || buf[i] == '\t')) i++;
                if (i >= e) break;
                int f = i;
                while (i < e && buf[i] != ' ' && buf[i] != '\t') i++;
                add(f, i);
            }
            return;
        }
        byte sep = delimiter.symbol;
        int f = s;
        boolean quoted = false;
        for (int i = s; i <= e; i++) {
            if (i < e && buf[i] == '"') quoted = !quoted;
            if (i == e || (buf[i] == sep && !quoted)) {
                addTrimmed(f, i);
                f = i + 1;
            }
        }
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
    int lineNumber() { return lineNumber; }

    boolean isEmpty(int field) { return starts[field] == ends[field]; }

    /** @throws NumberFormatException when the field is not a number */
    double number(int field) { return FastDoubles.parse(buf, starts[field], ends[field]); }

    boolean isNumber(int field) {
        try {
            number(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    String text(int field) {
        return new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    /** True when the field holds exactly these bytes (compares without creating a String). */
    boolean fieldEquals(int field, byte[] other) {
        int len = ends[field] - starts[field];
        if (len != other.length) return false;
        return java.util.Arrays.equals(buf, starts[field], ends[field], other, 0, len);
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
