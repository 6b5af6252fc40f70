package org.cepheus.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cepheus.service.AtomicFiles;

/**
 * Column mappings the user chose for tables, kept per header so that the next file with the same
 * column names opens the same way. One small JSON file per user (null: in memory only, for tests);
 * written through {@link AtomicFiles} on every change. Headers are compared as the mapping compares
 * names: ignoring case, spaces and punctuation.
 */
public final class SavedMappings {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** One saved choice. */
    record Entry(List<String> header, ColumnMapping mapping) { }

    /** The file's content. */
    record Saved(int version, List<Entry> mappings) { }

    private final Path file; // null: in memory
    private final Map<String, Entry> byHeader = new LinkedHashMap<>();

    private SavedMappings(Path file) { this.file = file; }

    public static SavedMappings inMemory() { return new SavedMappings(null); }

    /**
     * The mappings saved in this file (none when it does not exist yet).
     * @throws IOException when it exists but cannot be read or is not such a file
     */
    public static SavedMappings in(Path file) throws IOException {
        SavedMappings s = new SavedMappings(file);
        if (Files.isRegularFile(file)) {
            Saved saved = JSON.readValue(file.toFile(), Saved.class);
            if (saved.mappings() != null) {
                for (Entry e : saved.mappings()) {
                    if (e.header() != null && e.mapping() != null && e.mapping().hasTimeAndMag()) s.byHeader.put(key(e.header()), e);
                }
            }
        }
        return s;
    }

    /** The file they are kept in, or null in memory. */
    public Path file() { return file; }

    public int size() { return byHeader.size(); }

    /** The mapping saved for this header, if any. */
    public synchronized Optional<ColumnMapping> forHeader(List<String> header) {
        Entry e = byHeader.get(key(header));
        return e == null ? Optional.empty() : Optional.of(e.mapping());
    }

    /**
     * The mapping saved for the header of this file, when it is a table with a header (a folder,
     * a binary file or a table without a header has none).
     */
    public Optional<ColumnMapping> forFile(Path table) {
        if (byHeader.isEmpty() || !Files.isRegularFile(table)) return Optional.empty();
        try {
            TablePreview p = TablePreview.of(table, 0);
            return p.hasHeader() ? forHeader(p.columns()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a table: the loader says why
        }
    }

    /** Keeps the mapping for this header and writes the file. */
    public synchronized void put(List<String> header, ColumnMapping mapping) throws IOException {
        byHeader.put(key(header), new Entry(List.copyOf(header), mapping));
        if (file == null) return;
        List<Entry> all = new ArrayList<>(byHeader.values());
        AtomicFiles.writeText(file, w -> w.write(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new Saved(1, all)) + "\n"));
    }

    private static String key(List<String> header) {
        StringBuilder b = new StringBuilder();
        for (String h : header) b.append(ColumnMapping.normalize(h)).append('\u0000');
        return b.toString();
    }
}
