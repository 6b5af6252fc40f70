package org.cepheus.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labels table: `file,class` (paths relative to the table) or `star,class` (ids), with an
 * optional period column (`period_days` or `period`) that becomes the catalog period, and an
 * optional `decision` column (curated labels files of the review queue): "exclude" leaves the star
 * without a class. A report CSV of Cepheus (id,true,predicted,...) is one too: its `true` column is
 * the class, so a reviewed report becomes training labels.
 */
final class LabelsTable {
    /**
     * One row: class (null when empty), catalog period (NaN when absent), the row's line, and
     * whether a curated labels file excluded the star (decision column "exclude": no class at all,
     * not even one guessed from the file name).
     */
    record Entry(String label, double period, int line, boolean excluded) {
        Entry(String label, double period, int line) { this(label, period, line, false); }
    }

    /** Names of the class column, first match wins; "true" is the report CSV's. */
    private static final List<String> CLASS_COLUMNS = List.of("class", "label", "true");

    private final Path table;
    private final Map<Path, Entry> byFile = new HashMap<>();
    private final Map<String, Entry> byStar = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    private LabelsTable(Path table) { this.table = table; }

    Path path() { return table; }
    Path directory() { return table.toAbsolutePath().getParent(); }
    List<LoadProblem> problems() { return problems; }

    /** The entry for a curve: by its source file first, then by its star id. */
    Entry lookup(Path source, String starId) {
        Entry e = source == null ? null : byFile.get(source);
        return e != null ? e : byStar.get(starId);
    }

    /** One problem summing up star rows that matched no loaded curve, or none. */
    List<LoadProblem> unmatchedStars(java.util.Set<String> loadedIds) {
        int missing = 0;
        Entry first = null;
        String firstId = null;
        for (var e : byStar.entrySet()) {
            if (loadedIds.contains(e.getKey())) continue;
            missing++;
            if (first == null || e.getValue().line() < first.line()) {
                first = e.getValue();
                firstId = e.getKey();
            }
        }
        if (missing == 0) return List.of();
        return List.of(new LoadProblem(table, first.line(), missing + " labels row(s) name stars with no light curve"
                + " (first: " + firstId + ")"));
    }

    /** Whether the first line looks like a labels header: a class column and a file or star column. */
    static boolean looksLikeLabels(byte[] head) {
        if (!TextCatalogReader.looksLikeText(head)) return false;
        LineTokenizer tok = new LineTokenizer(head, DelimitedReader.delimiterOf(head));
        if (!tok.next()) return false;
        List<String> names = names(tok);
        return ColumnMapping.find(names, CLASS_COLUMNS) != null
                && ColumnMapping.find(names, List.of("file", "path", "star", "id", "starid")) != null
                && ColumnMapping.find(names, List.of("time", "mjd", "hjd", "jd", "mag")) == null;
    }

    /**
     * Reads a table; rows naming a file that is neither among {@code knownFiles} nor on disk are
     * reported. {@code knownFiles} holds real paths of the files being loaded.
     */
    static LabelsTable parse(Path table, byte[] content, Set<Path> knownFiles) {
        LabelsTable t = new LabelsTable(table);
        LineTokenizer tok = new LineTokenizer(content, DelimitedReader.delimiterOf(content));
        if (!tok.next()) {
            t.problems.add(new LoadProblem(table, 0, "empty labels table (expected a header file,class or star,class)"));
            return t;
        }
        List<String> header = names(tok);
        int cls = header.indexOf(ColumnMapping.find(header, CLASS_COLUMNS));
        int file = header.indexOf(ColumnMapping.find(header, List.of("file", "path")));
        int star = header.indexOf(ColumnMapping.find(header, List.of("star", "id", "starid")));
        int period = header.indexOf(ColumnMapping.find(header, List.of("perioddays", "period")));
        int decision = header.indexOf(ColumnMapping.find(header, List.of("decision")));
        if (cls < 0 || (file < 0 && star < 0)) {
            t.problems.add(new LoadProblem(table, tok.lineNumber(), "expected a labels header with columns file,class "
                    + "or star,class; found: " + String.join(",", header)));
            return t;
        }
        Path dir = t.directory();
        while (tok.next()) {
            int line = tok.lineNumber();
            if (tok.count() != header.size()) {
                t.problems.add(new LoadProblem(table, line, "expected " + header.size() + " columns ("
                        + String.join(",", header) + "), found " + tok.count() + " (row ignored)"));
                continue;
            }
            double p = Double.NaN;
            if (period >= 0 && !tok.isEmpty(period)) {
                try {
                    p = tok.number(period);
                } catch (NumberFormatException e) {
                    t.problems.add(new LoadProblem(table, line, "expected a number for the period, found "
                            + tok.quote(period) + " (period ignored)"));
                }
            }
            boolean excluded = decision >= 0 && !tok.isEmpty(decision) && tok.text(decision).equalsIgnoreCase("exclude");
            String label = tok.isEmpty(cls) || excluded ? null : tok.text(cls);
            Entry entry = new Entry(label, p, line, excluded);
            if (file >= 0) {
                Path f = dir.resolve(tok.text(file)).normalize();
                if (!knownFiles.contains(f) && !Files.isRegularFile(f)) {
                    t.problems.add(new LoadProblem(table, line, "labels row points at a missing file: " + tok.text(file)));
                    continue;
                }
                t.byFile.put(f, entry);
            } else {
                t.byStar.put(tok.text(star), entry);
            }
        }
        return t;
    }

    private static List<String> names(LineTokenizer tok) {
        List<String> names = new ArrayList<>(tok.count());
        for (int i = 0; i < tok.count(); i++) names.add(tok.text(i));
        return names;
    }
}
