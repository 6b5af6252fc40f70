package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generic delimited text: comma, tab or whitespace separated, with or without a header. Columns
 * come from the user's mapping or are guessed from header names (time/mjd/hjd/jd, mag,
 * err/magerr/sigma, id/star, band/filter, class); without a header, columns are time, mag[, err]
 * and the file name is the star id.
 */
public final class DelimitedReader extends TextCatalogReader {
    private final ColumnMapping mapping; // null: guess from the header

    public DelimitedReader(ColumnMapping mapping) { this.mapping = mapping; }

    @Override
    public String name() { return "csv"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        if (!looksLikeText(head)) return false;
        LineTokenizer tok = new LineTokenizer(head, delimiterOf(head));
        if (!tok.next() || tok.count() < 2) return false;
        if (mapping != null) return true;
        List<String> header = headerOrNull(tok);
        return header == null || ColumnMapping.guess(header).hasTimeAndMag();
    }

    @Override
    public ReadResult parse(Path path, byte[] content) {
        if (content.length == 0) return ReadResult.failed(new LoadProblem(path, 0, "empty file"));
        LineTokenizer tok = new LineTokenizer(content, delimiterOf(content));
        if (!tok.next()) return ReadResult.failed(new LoadProblem(path, 0, "empty file (no lines)"));
        List<String> header = headerOrNull(tok);
        int count = tok.count();
        Columns columns;
        try {
            if (mapping != null) columns = Columns.resolve(mapping, header, count);
            else if (header != null) columns = guessed(header);
            else columns = Columns.positional(count);
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), e.getMessage()));
        }
        if (columns == null) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), "expected header names for time "
                    + "(time, mjd, hjd, jd) and magnitude (mag); found: " + String.join(", ", header)
                    + " (give --columns time=...,mag=...)"));
        }
        String layout = header == null ? "(time mag" + (columns.err() >= 0 ? " err)" : ")")
                : "(" + String.join(",", header) + ")";
        RowParser rows = new RowParser(path, columns, count, layout, stem(path), OgleReader.bandOf(path));
        // Cepheus's own export always ends with a newline: without one its last row was cut short
        if (header != null && header.equals(List.of(CatalogExport.COLUMNS))) rows.requireFinalNewline();
        boolean hasRow = header == null || tok.next();
        return rows.parse(tok, hasRow, header != null);
    }

    private static Columns guessed(List<String> header) {
        ColumnMapping m = ColumnMapping.guess(header);
        return m.hasTimeAndMag() ? Columns.resolve(m, header, header.size()) : null;
    }

    /** The header names when the first line has a non-numeric field, else null. */
    private static List<String> headerOrNull(LineTokenizer tok) {
        boolean numeric = true;
        for (int i = 0; i < tok.count() && numeric; i++) numeric = tok.isNumber(i);
        if (numeric) return null;
        List<String> names = new ArrayList<>(tok.count());
        for (int i = 0; i < tok.count(); i++) names.add(tok.text(i));
        return names;
    }

    /**
     * The delimiter of the first line that is not a comment (the header, or the first row): the
     * most frequent of comma, semicolon and tab outside double quotes (ties in that order), else
     * whitespace.
     */
    static LineTokenizer.Delimiter delimiterOf(byte[] content) {
        int i = 0;
        while (i < content.length) {
            int s = i;
            while (i < content.length && content[i] != '\n') i++;
            int first = s;
            while (first < i && (content[first] == ' ' || content[first] == '\t' || content[first] == '\r')) first++;
            if (first < i && content[first] != '#') {
                int comma = 0, semicolon = 0, tab = 0;
                boolean quoted = false;
                for (int k = first; k < i; k++) {
                    byte c = content[k];
                    if (c == '"') quoted = !quoted;
                    else if (!quoted && c == ',') comma++;
                    else if (!quoted && c == ';') semicolon++;
                    else if (!quoted && c == '\t') tab++;
                }
                if (comma == 0 && semicolon == 0 && tab == 0) return LineTokenizer.Delimiter.WHITESPACE;
                if (comma >= semicolon && comma >= tab) return LineTokenizer.Delimiter.COMMA;
                return semicolon >= tab ? LineTokenizer.Delimiter.SEMICOLON : LineTokenizer.Delimiter.TAB;
            }
            i++;
        }
        return LineTokenizer.Delimiter.WHITESPACE;
    }
}
