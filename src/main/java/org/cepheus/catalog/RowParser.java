package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one hot loop shared by the text readers: turns tokenized rows into curves grouped by
 * (id, band). A bad row (wrong column count, non-numeric or non-finite value) is skipped and
 * reported; the file is given up only when nothing, or mostly junk, is readable.
 */
final class RowParser {
    private final Path file;
    private final Columns columns;
    private final int expectedColumns;
    private final String layout; // e.g. "(HJD mag err)", for messages
    private final String defaultId;
    private final String defaultBand;
    private boolean requireFinalNewline;
    private boolean skipEmptyMag;
    private Map<String, String> extra = Map.of();

    RowParser(Path file, Columns columns, int expectedColumns, String layout, String defaultId, String defaultBand) {
        this.file = file;
        this.columns = columns;
        this.expectedColumns = expectedColumns;
        this.layout = layout;
        this.defaultId = defaultId;
        this.defaultBand = defaultBand;
    }

    /** For a layout whose writer always ends the file with a newline: a last row without one is cut short and skipped. */
    RowParser requireFinalNewline() {
        requireFinalNewline = true;
        return this;
    }

    /**
     * For one band of a table with a magnitude column per band (Bmag, Vmag): a row with this band's
     * magnitude empty is an observation in another band, not a bad line.
     */
    RowParser skipEmptyMagnitudes() {
        skipEmptyMag = true;
        return this;
    }

    /** Metadata.extra entries every curve of the file gets (its time scale). */
    RowParser metadata(Map<String, String> entries) {
        extra = entries;
        return this;
    }

    /**
     * Parses rows from the tokenizer's current line to the end.
     * @param hasRow false when the tokenizer has no line left (header only / empty)
     */
    ReadResult parse(LineTokenizer tok, boolean hasRow, boolean hadHeader) {
        FileProblems problems = new FileProblems(file);
        if (!hasRow) {
            problems.file(hadHeader ? "header only, no data rows" : "no data rows");
            return new ReadResult(List.of(), problems.list());
        }
        Map<String, CurveBuilder> groups = new LinkedHashMap<>();
        CurveBuilder current = columns.grouped() ? null : new CurveBuilder(defaultId, defaultBand);
        if (current != null) groups.put(defaultId, current);
        byte[] currentId = null, currentBand = null;
        final int c0 = columns.time(), c1 = columns.mag(), c2 = columns.err();
        int good = 0, rows = 0;
        do {
            rows++;
            if (tok.count() != expectedColumns || (requireFinalNewline && tok.unterminated())) {
                String count = tok.count() == expectedColumns ? ""
                        : "expected " + expectedColumns + " columns " + layout + ", found " + tok.count() + ": ";
                problems.badLine(tok.lineNumber(), (tok.unterminated() ? FileProblems.TRUNCATED + ": " : "") + count + tok.lineText());
                continue;
            }
            if (skipEmptyMag && tok.isEmpty(c1)) continue;
            int field = c0;
            double t, m, e = Double.NaN;
            try {
                t = tok.number(c0);
                field = c1;
                m = tok.number(c1);
                if (c2 >= 0 && !tok.isEmpty(c2)) {
                    field = c2;
                    e = tok.number(c2);
                }
            } catch (NumberFormatException ex) {
                problems.badLine(tok.lineNumber(), "expected a number for " + what(field) + ", found " + tok.quote(field));
                continue;
            }
            if (!Double.isFinite(t) || !Double.isFinite(m) || (c2 >= 0 && !tok.isEmpty(c2) && !Double.isFinite(e))) {
                int bad = !Double.isFinite(t) ? c0 : !Double.isFinite(m) ? c1 : c2;
                problems.badLine(tok.lineNumber(), "expected a finite number for " + what(bad) + ", found " + tok.quote(bad));
                continue;
            }
            if (e < 0) { // an uncertainty cannot be negative: a shifted column or a typo, not a point to weight
                problems.badLine(tok.lineNumber(), "expected an error >= 0, found " + tok.quote(c2));
                continue;
            }
            if (columns.grouped()) {
                if (current == null || (columns.id() >= 0 && !tok.fieldEquals(columns.id(), currentId))
                        || (columns.band() >= 0 && !tok.fieldEquals(columns.band(), currentBand))) {
                    if (columns.id() >= 0 && tok.isEmpty(columns.id())) {
                        problems.badLine(tok.lineNumber(), "expected a star id, found an empty field");
                        continue;
                    }
                    current = group(tok, groups);
                    currentId = columns.id() >= 0 ? tok.fieldBytes(columns.id()) : null;
                    currentBand = columns.band() >= 0 ? tok.fieldBytes(columns.band()) : null;
                }
            }
            if (columns.scale() >= 0 && current.timeScale == null && !tok.isEmpty(columns.scale())) {
                current.timeScale = tok.text(columns.scale());
            }
            if (columns.aside() >= 0 && !tok.isEmpty(columns.aside())) {
                SetAside.Reason why = reason(tok.text(columns.aside()));
                if (why == null) {
                    problems.badLine(tok.lineNumber(), "expected a set-aside reason (" + CatalogExport.reasons()
                            + ") or an empty field, found " + tok.quote(columns.aside()));
                    continue;
                }
                current.addSetAside(t, m, e, why, tok.lineNumber());
            } else {
                current.add(t, m, e, tok.lineNumber());
            }
            good++;
        } while (tok.next());

        if (good == 0 && skipEmptyMag && problems.badLines() == 0) {
            return new ReadResult(List.of(), List.of()); // this band was not observed in this table
        }
        if (good == 0) {
            return new ReadResult(List.of(), problems.wholeFile("no readable data rows: expected "
                    + layout + "; first problem: " + problems.firstBadLine().message()));
        }
        if (problems.badLines() > good) {
            return new ReadResult(List.of(), problems.wholeFile("not a light-curve table: " + problems.badLines()
                    + " of " + rows + " rows unreadable (expected " + layout + ")"));
        }
        List<LightCurve> curves = new ArrayList<>(groups.size());
        List<int[]> lines = new ArrayList<>(groups.size());
        Metadata md = Metadata.ofSource(file).withExtra(extra);
        for (CurveBuilder b : groups.values()) {
            if (b.size() == 0) continue;
            problems.partialErrors(b);
            curves.add(b.build(md));
            lines.add(b.lines());
        }
        return new ReadResult(curves, problems.list(), lines, columns.aside() >= 0);
    }

    /** The reason written in an export's set_aside column ("upper_limit"...), or null. */
    static SetAside.Reason reason(String text) {
        for (SetAside.Reason r : SetAside.Reason.values()) if (r.name().equalsIgnoreCase(text)) return r;
        return null;
    }

    private CurveBuilder group(LineTokenizer tok, Map<String, CurveBuilder> groups) {
        String id = columns.id() >= 0 ? tok.text(columns.id()) : defaultId;
        String band = columns.band() >= 0 ? tok.text(columns.band()) : defaultBand;
        return groups.computeIfAbsent(id + '\u0000' + band, k -> {
            CurveBuilder b = new CurveBuilder(id, band);
            if (columns.label() >= 0 && !tok.isEmpty(columns.label())) b.label = tok.text(columns.label());
            if (columns.ra() >= 0 && columns.dec() >= 0) {
                try {
                    b.ra = tok.number(columns.ra());
                    b.dec = tok.number(columns.dec());
                } catch (NumberFormatException ignored) {
                    b.ra = Double.NaN; // position is optional metadata
                }
            }
            return b;
        });
    }

    private String what(int field) {
        if (field == columns.time()) return "time";
        if (field == columns.mag()) return "magnitude";
        if (field == columns.err()) return "error";
        return "column " + (field + 1);
    }
}
