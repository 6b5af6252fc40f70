package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generic delimited text: comma, semicolon, tab or whitespace separated (detected), '#' comment
 * lines skipped, with or without a header (a header may also be the last comment line before the
 * rows, "# JD mag err"). Columns come from the user's mapping or are guessed from header names
 * (see {@link ColumnMapping#guess}); without a header, columns are time, mag[, err] and the file
 * name is the star id. The time column's name gives the time scale kept in the metadata (JD,
 * HJD-2450000, BJD_TDB...); a magnitude column named after a band (Vmag) gives the band.
 */
public final class DelimitedReader extends TextCatalogReader {
    private final ColumnMapping mapping; // null: guess from the header
    static final String CANNOT_TELL = "cannot tell which columns hold ";

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
        LineTokenizer.Delimiter delimiter = delimiterOf(content);
        LineTokenizer tok = new LineTokenizer(content, delimiter);
        if (!tok.next()) return ReadResult.failed(new LoadProblem(path, 0, "empty file (no lines)"));
        List<String> header = headerOrNull(tok);
        boolean rowsFollow = header != null; // the current line is the header: rows start at the next one
        if (header == null) header = commentedHeader(content, delimiter, tok.count());
        int count = tok.count();
        Columns columns;
        try {
            if (mapping != null) columns = Columns.resolve(mapping, header, count);
            else if (header != null) columns = guessed(header);
            else columns = Columns.positional(count);
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), e.getMessage()));
        }
        if (columns == null) return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), unmapped(header)));
        String timeName = header == null ? null : header.get(columns.time());
        String magName = header == null ? null : header.get(columns.mag());
        if (magName != null && ColumnMapping.fluxColumn(List.of(magName)) != null) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(), fluxRefused(magName)));
        }
        String layout = header == null ? "(time mag" + (columns.err() >= 0 ? " err)" : ")")
                : "(" + String.join(",", header) + ")";
        String scale = mapping != null ? mapping.scaleFor(timeName) : ColumnMapping.timeScaleOf(timeName);
        List<String> others = mapping == null && header != null ? ColumnMapping.otherBandMagColumns(header, magName) : List.of();
        if (!others.isEmpty() && ColumnMapping.bandOfMagColumn(magName) != null) {
            return perBand(path, content, delimiter, header, columns, magName, others, layout, scale, rowsFollow);
        }
        String magBand = ColumnMapping.bandOfMagColumn(magName);
        RowParser rows = new RowParser(path, columns, count, layout, stem(path),
                magBand != null ? magBand : OgleReader.bandOf(path));
        if (scale != null) rows.metadata(Map.of(Metadata.TIME_SCALE, scale));
        // Cepheus's own export always ends with a newline: without one its last row was cut short
        if (header != null && CatalogExport.isExportHeader(header)) rows.requireFinalNewline();
        boolean hasRow = !rowsFollow || tok.next();
        return rows.parse(tok, hasRow, header != null);
    }

    /**
     * A table with a magnitude column per band (Bmag, Vmag, e_Bmag, e_Vmag): one curve per band of
     * each star, each with its own error column; a row without this band's magnitude is an
     * observation in another band. The rows are read once per band.
     */
    private static ReadResult perBand(Path path, byte[] content, LineTokenizer.Delimiter delimiter, List<String> header,
                                      Columns first, String firstMag, List<String> others, String layout, String scale,
                                      boolean headerLine) {
        List<String> mags = new ArrayList<>();
        mags.add(firstMag);
        mags.addAll(others);
        List<LightCurve> curves = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (String mag : mags) {
            String err = ColumnMapping.errorFor(mag, header);
            // a generic error column (err, sigma) belongs to no band when there are several
            if (err != null && ColumnMapping.bandOfMagColumn(mag) != null && !err.toLowerCase(java.util.Locale.ROOT)
                    .contains(mag.toLowerCase(java.util.Locale.ROOT))) err = null;
            Columns c = first.withMag(header.indexOf(mag), err == null ? -1 : header.indexOf(err));
            LineTokenizer tok = new LineTokenizer(content, delimiter);
            tok.next();
            RowParser rows = new RowParser(path, c, header.size(), layout, stem(path), ColumnMapping.bandOfMagColumn(mag))
                    .skipEmptyMagnitudes();
            if (scale != null) rows.metadata(Map.of(Metadata.TIME_SCALE, scale));
            boolean hasRow = !headerLine || tok.next();
            ReadResult r = rows.parse(tok, hasRow, true);
            for (int i = 0; i < r.curves().size(); i++) {
                curves.add(r.curves().get(i));
                lines.add(r.linesOf(i) == null ? new int[r.curves().get(i).size()] : r.linesOf(i));
            }
            for (LoadProblem p : r.problems()) if (!problems.contains(p)) problems.add(p); // a bad row is bad in every band
        }
        return new ReadResult(curves, problems, lines);
    }

    private static Columns guessed(List<String> header) {
        ColumnMapping m = ColumnMapping.guess(header);
        return m.hasTimeAndMag() ? Columns.resolve(m, header, header.size()) : null;
    }

    /**
     * Why a table's columns cannot be mapped, with the --columns line to use: its columns listed,
     * or the refusal of a flux column.
     */
    static String unmapped(List<String> header) {
        ColumnMapping g = ColumnMapping.guess(header);
        String flux = ColumnMapping.fluxColumn(header);
        if (g.mag() == null && flux != null) return fluxRefused(flux);
        List<String> left = new ArrayList<>(header);
        String time = pick(g.time(), left), mag = pick(g.mag(), left), err = pick(g.err(), left);
        return CANNOT_TELL + (g.time() == null && g.mag() == null ? "time and magnitude"
                : g.time() == null ? "time" : "magnitude") + "; the table's columns are " + String.join(", ", header)
                + "; give them, e.g. --columns " + new ColumnMapping(null, time, mag, err, null, null);
    }

    /**
     * For a file no reader took: when it is a table (a header of 2 or more names, then a row with a
     * number), why its columns cannot be mapped and the --columns line to use; else null.
     */
    static String unmappedTable(byte[] head) {
        LineTokenizer tok = new LineTokenizer(head, delimiterOf(head));
        if (!tok.next() || tok.count() < 2) return null;
        List<String> header = headerOrNull(tok);
        if (header == null || !tok.next()) return null;
        for (int i = 0; i < tok.count(); i++) if (tok.isNumber(i)) return unmapped(header);
        return null;
    }

    private static String fluxRefused(String flux) {
        return "column '" + flux + "' holds fluxes and the table has no magnitude column: Cepheus works in magnitudes "
                + "(convert with mag = -2.5 log10(flux) + zero point, then give --columns time=...,mag=...)";
    }

    /** The guessed column, else the first column not used yet (null when none is left). */
    private static String pick(String guessed, List<String> left) {
        String c = guessed != null ? guessed : left.isEmpty() ? null : left.get(0);
        left.remove(c);
        return c;
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
     * A header written as the last comment line before the rows ("# JD mag err"): its names when
     * it has as many fields as the rows, none of them a number, else null.
     */
    static List<String> commentedHeader(byte[] content, LineTokenizer.Delimiter delimiter, int fields) {
        int i = 0, lastComment = -1, lastCommentEnd = -1;
        while (i < content.length) {
            int s = i;
            while (i < content.length && content[i] != '\n') i++;
            int first = s;
            while (first < i && (content[first] == ' ' || content[first] == '\t' || content[first] == '\r')) first++;
            if (first < i && content[first] == '#') {
                lastComment = first + 1;
                lastCommentEnd = i;
            } else if (first < i) {
                break;
            }
            i++;
        }
        if (lastComment < 0) return null;
        LineTokenizer tok = new LineTokenizer(java.util.Arrays.copyOfRange(content, lastComment, lastCommentEnd), delimiter);
        if (!tok.next() || tok.count() != fields) return null;
        List<String> names = headerOrNull(tok);
        if (names == null) return null;
        for (int k = 0; k < tok.count(); k++) if (tok.isNumber(k)) return null;
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
