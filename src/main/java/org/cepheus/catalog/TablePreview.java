package org.cepheus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The start of a table, for choosing its columns by hand (the workbench's column-mapping dialog):
 * its delimiter, its column names (the header's, or "1", "2"... without one), its first rows as
 * text, and the curves the first part of the file gives under a mapping. Reads the file's first
 * {@link #HEAD_BYTES} only, once.
 */
public final class TablePreview {
    static final int HEAD_BYTES = 256 << 10;

    private final Path file;
    private final byte[] head;
    private final List<String> columns;
    private final boolean hasHeader;
    private final List<List<String>> rows;
    private final boolean wholeFile;

    private TablePreview(Path file, byte[] head, List<String> columns, boolean hasHeader, List<List<String>> rows,
                         boolean wholeFile) {
        this.file = file;
        this.head = head;
        this.columns = columns;
        this.hasHeader = hasHeader;
        this.rows = rows;
        this.wholeFile = wholeFile;
    }

    /**
     * @param maxRows how many data rows to keep as text
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when it is not a text table (binary, or no line of 2 or more fields)
     */
    public static TablePreview of(Path file, int maxRows) throws IOException {
        byte[] bytes;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEAD_BYTES + 1);
        }
        whole = bytes.length <= HEAD_BYTES;
        if (!whole) { // cut at the last complete line
            int end = HEAD_BYTES;
            while (end > 0 && bytes[end - 1] != '\n') end--;
            bytes = Arrays.copyOf(bytes, end);
        }
        if (!TextCatalogReader.looksLikeText(bytes)) {
            throw new IllegalArgumentException(file.getFileName() + ": not a text table (binary content)");
        }
        LineTokenizer.Delimiter delimiter = DelimitedReader.delimiterOf(bytes);
        LineTokenizer tok = new LineTokenizer(bytes, delimiter);
        if (!tok.next() || tok.count() < 2) {
            throw new IllegalArgumentException(file.getFileName() + ": not a table (expected 2 or more columns on its first line)");
        }
        List<String> header = headerOf(tok);
        boolean onFirstLine = header != null;
        if (header == null) header = DelimitedReader.commentedHeader(bytes, delimiter, tok.count());
        List<String> names = header;
        if (names == null) {
            names = new ArrayList<>();
            for (int i = 1; i <= tok.count(); i++) names.add(Integer.toString(i));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean more = !onFirstLine || tok.next();
        while (more && rows.size() < maxRows) {
            List<String> r = new ArrayList<>(tok.count());
            for (int i = 0; i < tok.count(); i++) r.add(tok.text(i));
            rows.add(r);
            more = tok.next();
        }
        return new TablePreview(file, bytes, List.copyOf(names), header != null, List.copyOf(rows), whole);
    }

    private static List<String> headerOf(LineTokenizer tok) {
        for (int i = 0; i < tok.count(); i++) {
            if (!tok.isNumber(i)) {
                List<String> names = new ArrayList<>(tok.count());
                for (int k = 0; k < tok.count(); k++) names.add(tok.text(k));
                return names;
            }
        }
        return null;
    }

    public Path file() { return file; }
    /** The column names: the header's, or "1", "2"... (the numbers a mapping takes) without one. */
    public List<String> columns() { return columns; }
    public boolean hasHeader() { return hasHeader; }
    /** The first data rows, as text. */
    public List<List<String>> rows() { return rows; }
    /** False when the file is longer than what was read: the curve preview shows its first part. */
    public boolean wholeFile() { return wholeFile; }

    /** The mapping guessed from the header (entries null where nothing fits). */
    public ColumnMapping guess() {
        return hasHeader ? ColumnMapping.guess(columns) : new ColumnMapping(null, "1", "2", columns.size() >= 3 ? "3" : null, null, null);
    }

    /** The curves the part read gives with this mapping, and the problems met. */
    public ReadResult read(ColumnMapping mapping) {
        return new DelimitedReader(mapping).parse(file, head);
    }

    /** Whether a load problem says a table's columns could not be told (the dialog can then ask). */
    public static boolean cannotMap(LoadProblem p) {
        return p.message().startsWith(DelimitedReader.CANNOT_TELL);
    }
}
