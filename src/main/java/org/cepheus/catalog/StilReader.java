package org.cepheus.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.FileDataSource;

/**
 * FITS binary tables, VOTable and ECSV, read through STIL (no hand-written parsers for these
 * formats). Columns are mapped like the delimited reader's: given, or guessed from column names.
 * One row per observation (long format); rows are grouped into curves by (id, band).
 */
public final class StilReader implements CatalogReader {
    /** STIL reports format detection at INFO through java.util.logging; kept referenced so the level sticks. */
    private static final Logger STIL_LOG = Logger.getLogger("uk.ac.starlink");
    static {
        STIL_LOG.setLevel(Level.WARNING);
    }

    private final String name;
    private final String handler;
    private final Set<String> extensions;
    private final ColumnMapping mapping;

    private StilReader(String name, String handler, Set<String> extensions, ColumnMapping mapping) {
        this.name = name;
        this.handler = handler;
        this.extensions = extensions;
        this.mapping = mapping;
    }

    public static StilReader fits(ColumnMapping m) { return new StilReader("fits", "fits", Set.of("fits", "fit", "fts"), m); }
    public static StilReader votable(ColumnMapping m) { return new StilReader("votable", "votable", Set.of("vot", "votable", "xml"), m); }
    public static StilReader ecsv(ColumnMapping m) { return new StilReader("ecsv", "ecsv", Set.of("ecsv"), m); }

    static void quietLogging() { STIL_LOG.setLevel(Level.WARNING); }

    @Override
    public String name() { return name; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        String text = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1);
        String ext = TextCatalogReader.extension(path);
        return switch (name) {
            case "fits" -> text.startsWith("SIMPLE  =");
            case "votable" -> text.contains("<VOTABLE") || (extensions.contains(ext) && !ext.equals("xml") && text.startsWith("<?xml"));
            case "ecsv" -> text.startsWith("# %ECSV");
            default -> false;
        };
    }

    @Override
    public ReadResult read(Path path) throws IOException {
        if (name.equals("votable")) {
            String refused = XmlGuard.check(path);
            if (refused != null) {
                String cut = tail(path).contains("</VOTABLE>") ? "" : "truncated: the file ends before </VOTABLE>; ";
                return ReadResult.failed(new LoadProblem(path, 0, "VOTable refused: " + cut + refused));
            }
        }
        StarTable table;
        try {
            table = new StarTableFactory(false).makeStarTable(new FileDataSource(path.toFile()), handler);
        } catch (IOException | RuntimeException e) {
            // STIL's own words when it has some; its bugs (an NPE on a header cut short) say nothing to a user
            boolean words = (e instanceof IOException || e instanceof IllegalArgumentException)
                    && e.getMessage() != null && !e.getMessage().isBlank();
            String why = words ? e.getMessage().replace(path.toAbsolutePath().toString(), "file")
                    : "the file is damaged or not a valid " + name + " table";
            String cut = name.equals("fits") ? FitsBlocks.truncation(path) : null;
            return ReadResult.failed(new LoadProblem(path, 0, cut != null ? cut + " (" + why + ")"
                    : "expected a " + name + " table: " + why));
        }
        // ECSV writers end every row with a newline: without one, the last row was cut short
        boolean lastRowCut = name.equals("ecsv") && !tail(path).endsWith("\n");
        return readTable(path, table, mapping, lastRowCut);
    }

    /**
     * The curves of one long table (any source STIL can wrap: these formats, and the Parquet
     * reader's row groups): columns mapped as given (null: guessed from the names), rows grouped
     * into curves by (id, band).
     */
    static ReadResult readTable(Path path, StarTable table, ColumnMapping mapping, boolean lastRowCut) throws IOException {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < table.getColumnCount(); i++) header.add(table.getColumnInfo(i).getName());
        Columns columns;
        ColumnMapping m = mapping != null ? mapping : ColumnMapping.guess(header);
        try {
            if (!m.hasTimeAndMag()) return ReadResult.failed(new LoadProblem(path, 0, DelimitedReader.unmapped(header)));
            columns = Columns.resolve(m, header, header.size());
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(new LoadProblem(path, 0, e.getMessage()));
        }
        String scale = m.scaleFor(header.get(columns.time()));
        Metadata md = Metadata.ofSource(path);
        return readRows(path, table, columns, lastRowCut, scale == null ? md : md.withExtra(Map.of(Metadata.TIME_SCALE, scale)));
    }

    /** The last bytes of the file, as Latin-1. */
    private static String tail(Path path) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(path)) {
            long size = ch.size();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) Math.min(size, 64));
            while (b.hasRemaining() && ch.read(b, size - b.capacity() + b.position()) >= 0) { }
            return new String(b.array(), 0, b.position(), StandardCharsets.ISO_8859_1);
        }
    }

    /** @param lastRowCut skip the last row and report the file truncated */
    private static ReadResult readRows(Path path, StarTable table, Columns c, boolean lastRowCut, Metadata md) throws IOException {
        FileProblems problems = new FileProblems(path);
        Map<String, CurveBuilder> groups = new LinkedHashMap<>();
        String defaultId = TextCatalogReader.stem(path);
        int row = 0, good = 0;
        Object[] held = null; // with lastRowCut, each row is used only once the next one is read
        try (RowSequence rows = table.getRowSequence()) {
            while (rows.next()) {
                Object[] cells = rows.getRow();
                if (lastRowCut) {
                    Object[] now = cells.clone();
                    cells = held;
                    held = now;
                    if (cells == null) continue;
                }
                row++;
                double t = number(cells[c.time()]), m = number(cells[c.mag()]);
                double e = c.err() >= 0 ? number(cells[c.err()]) : Double.NaN;
                if (!Double.isFinite(t) || !Double.isFinite(m)) {
                    problems.badLine(row, "row " + row + ": expected finite time and magnitude, found "
                            + cells[c.time()] + ", " + cells[c.mag()]);
                    continue;
                }
                if (e < 0) {
                    problems.badLine(row, "row " + row + ": expected an error >= 0, found " + cells[c.err()]);
                    continue;
                }
                String id = c.id() >= 0 ? text(cells[c.id()]) : defaultId;
                String band = c.band() >= 0 ? text(cells[c.band()]) : "";
                if (id.isEmpty()) {
                    problems.badLine(row, "row " + row + ": expected a star id, found an empty cell");
                    continue;
                }
                String label = c.label() >= 0 ? text(cells[c.label()]) : "";
                CurveBuilder b = groups.computeIfAbsent(id + '\u0000' + band, k -> {
                    CurveBuilder nb = new CurveBuilder(id, band);
                    nb.label = label.isEmpty() ? null : label;
                    return nb;
                });
                if (c.scale() >= 0 && b.timeScale == null && !text(cells[c.scale()]).isEmpty()) b.timeScale = text(cells[c.scale()]);
                String aside = c.aside() >= 0 ? text(cells[c.aside()]) : "";
                if (!aside.isEmpty()) {
                    SetAside.Reason why = RowParser.reason(aside);
                    if (why == null) {
                        problems.badLine(row, "row " + row + ": expected a set-aside reason (" + CatalogExport.reasons()
                                + ") or an empty cell, found " + aside);
                        continue;
                    }
                    b.addSetAside(t, m, Double.isFinite(e) ? e : Double.NaN, why, row);
                } else {
                    b.add(t, m, Double.isFinite(e) ? e : Double.NaN, row); // the table row stands for the line
                }
                good++;
            }
        }
        if (held != null) problems.badLine(row + 1, "row " + (row + 1) + ": " + FileProblems.TRUNCATED);
        if (good == 0) {
            problems.file(row == 0 ? "table has no rows" : "no readable rows");
            return new ReadResult(List.of(), problems.list());
        }
        List<LightCurve> curves = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        for (CurveBuilder b : groups.values()) {
            if (b.size() == 0) continue;
            problems.partialErrors(b);
            curves.add(b.build(md));
            lines.add(b.lines());
        }
        return new ReadResult(curves, problems.list(), lines, c.aside() >= 0);
    }

    private static double number(Object cell) {
        if (cell instanceof Number n) return n.doubleValue();
        if (cell instanceof String s) {
            try {
                return FastDoubles.decimal(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString().trim();
    }
}
