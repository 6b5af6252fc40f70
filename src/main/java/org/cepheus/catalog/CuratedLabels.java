package org.cepheus.catalog;

import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A curated labels file written by the label review: a complete labels table
 * {@code star,class,original_class,decision,reason,date} with every labelled star of the catalog,
 * so it can be given to any command as {@code --labels} instead of the user's own table (which is
 * never written). {@code class} is the class to train on: the original unless relabelled, empty
 * when excluded ({@code decision} "exclude" keeps the star unlabelled, see {@link LabelsTable}).
 */
public final class CuratedLabels {
    public static final String KEEP = "keep", RELABEL = "relabel", EXCLUDE = "exclude";
    static final List<String> HEADER = List.of("star", "class", "original_class", "decision", "reason", "date");

    /**
     * One reviewed star.
     *
     * @param decision {@link #KEEP}, {@link #RELABEL} or {@link #EXCLUDE}
     * @param newClass the class after review (the original when kept, null when excluded)
     * @param date     ISO-8601 time of the decision
     */
    public record Decision(String star, String originalClass, String decision, String newClass, String reason, String date) {
        public Decision {
            if (!List.of(KEEP, RELABEL, EXCLUDE).contains(decision)) {
                throw new IllegalArgumentException("decision must be keep, relabel or exclude, got '" + decision + "'");
            }
        }
    }

    private final Map<String, String> original; // star -> class, catalog order
    private final Map<String, Decision> decisions = new LinkedHashMap<>();

    private CuratedLabels(Map<String, String> original) {
        this.original = original;
    }

    /** The labelled stars of a catalog, nothing decided yet. */
    public static CuratedLabels of(Catalog catalog) {
        Map<String, String> orig = new LinkedHashMap<>();
        for (var e : catalog.byStar().entrySet()) {
            e.getValue().stream().map(LightCurve::label).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(l -> orig.put(e.getKey(), l));
        }
        return new CuratedLabels(orig);
    }

    /**
     * The catalog's stars with the decisions of an earlier review read from {@code file} (when it
     * exists), so a review continues where it stopped. The original class is the file's.
     *
     * @throws IOException naming the file and line when it is not a curated labels file
     */
    public static CuratedLabels resume(Catalog catalog, Path file) throws IOException {
        CuratedLabels c = of(catalog);
        if (!Files.exists(file)) return c;
        byte[] content = Files.readAllBytes(file);
        LineTokenizer tok = new LineTokenizer(content, DelimitedReader.delimiterOf(content));
        if (!tok.next() || !header(tok).equals(HEADER)) {
            throw new IOException(file + ": line 1: not a curated labels file (expected " + String.join(",", HEADER)
                    + "); it is left as it is");
        }
        while (tok.next()) {
            if (tok.count() != HEADER.size()) {
                throw new IOException(file + ": line " + tok.lineNumber() + ": expected " + HEADER.size() + " columns, found " + tok.count());
            }
            String decision = cell(tok, 3);
            if (decision == null) continue;
            String star = cell(tok, 0), orig = cell(tok, 2);
            try {
                c.decisions.put(star, new Decision(star, orig, decision, cell(tok, 1), cell(tok, 4), cell(tok, 5)));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": line " + tok.lineNumber() + ": " + e.getMessage(), e);
            }
            if (orig != null && c.original.containsKey(star)) c.original.put(star, orig);
        }
        return c;
    }

    private static List<String> header(LineTokenizer tok) {
        List<String> h = new ArrayList<>();
        for (int i = 0; i < tok.count(); i++) h.add(tok.text(i).trim().toLowerCase(java.util.Locale.ROOT));
        return h;
    }

    private static String cell(LineTokenizer tok, int i) {
        return tok.isEmpty(i) ? null : CsvWriter.readBack(tok.text(i));
    }

    /** Records a decision (replacing an earlier one for the star). */
    public void decide(Decision d) {
        if (!original.containsKey(d.star())) throw new IllegalArgumentException("star " + d.star() + " has no label in this catalog");
        decisions.put(d.star(), d);
    }

    /** Puts back an earlier state of a star (null: undecided), e.g. when saving failed. */
    public void restore(String star, Decision earlier) {
        if (earlier == null) decisions.remove(star);
        else decisions.put(star, earlier);
    }

    public Decision decision(String star) { return decisions.get(star); }
    public Map<String, Decision> decisions() { return java.util.Collections.unmodifiableMap(decisions); }
    public String originalClass(String star) { return original.get(star); }

    /** The class a star trains on after review: relabelled, original, or null when excluded. */
    public String classOf(String star) {
        Decision d = decisions.get(star);
        if (d == null) return original.get(star);
        return d.decision().equals(EXCLUDE) ? null : d.newClass();
    }

    /**
     * Writes the whole table atomically. Refuses a target that exists and is not a curated labels
     * file (the user's own labels table is never overwritten).
     */
    public void save(Path file) throws IOException {
        if (Files.exists(file)) {
            byte[] head = Files.readAllBytes(file);
            LineTokenizer tok = new LineTokenizer(head, DelimitedReader.delimiterOf(head));
            if (tok.next() && !header(tok).equals(HEADER)) {
                throw new IOException(file + " is not a curated labels file (it has no decision column); "
                        + "not overwriting it: choose another file");
            }
        }
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.row(HEADER.toArray(String[]::new));
            for (var e : original.entrySet()) {
                Decision d = decisions.get(e.getKey());
                csv.text(e.getKey()).text(classOf(e.getKey())).text(e.getValue())
                        .text(d == null ? null : d.decision()).text(d == null ? null : d.reason()).text(d == null ? null : d.date());
                csv.endRow();
            }
        });
    }

    /** The catalog with the reviewed classes (excluded stars unlabelled), for training in the same session. */
    public Catalog apply(Catalog catalog) {
        List<LightCurve> out = new ArrayList<>(catalog.size());
        for (LightCurve c : catalog.curves()) {
            String cls = original.containsKey(c.id()) ? classOf(c.id()) : c.label();
            out.add(java.util.Objects.equals(cls, c.label()) ? c : c.withLabel(cls));
        }
        return new Catalog(catalog.name(), out, catalog.problems(), catalog.skippedFiles());
    }

    /** Curated labels files end so; a catalog walk skips them (they apply only when given as --labels). */
    public static final String SUFFIX = ".curated.csv";

    /** Where the review keeps its file: labels.curated.csv in a catalog folder, STEM.labels.curated.csv beside a file. */
    public static Path besideCatalog(Path catalogPath) {
        if (Files.isDirectory(catalogPath)) return catalogPath.resolve("labels" + SUFFIX);
        String name = catalogPath.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return catalogPath.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".labels" + SUFFIX);
    }
}
