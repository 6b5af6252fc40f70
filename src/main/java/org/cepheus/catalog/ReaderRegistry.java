package org.cepheus.catalog;

import java.util.List;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one place where readers are registered. Auto-detection asks each reader in this order and
 * takes the first that recognises the file: specific formats first, the generic table last.
 * A new format is one new class added to {@link #standard}.
 */
public final class ReaderRegistry {
    public static final List<String> FORMATS = List.of("auto", "ogle", "crts", "aavso", "aavso-upload", "csv", "fits", "votable", "ecsv", "parquet");

    private final List<CatalogReader> readers;

    public ReaderRegistry(List<CatalogReader> readers) { this.readers = List.copyOf(readers); }

    /** All built-in readers; the column mapping (null = guess) applies to the generic ones. */
    public static ReaderRegistry standard(ColumnMapping columns) {
        return new ReaderRegistry(List.of(
                new ParquetLongTable(),
                StilReader.fits(columns),
                StilReader.votable(columns),
                StilReader.ecsv(columns),
                new AavsoUploadReader(),
                new AavsoReader(),
                new CrtsReader(),
                new OgleReader(),
                new DelimitedReader(columns)));
    }

    public List<CatalogReader> readers() { return readers; }

    /** The first reader that recognises the file. */
    public Optional<CatalogReader> detect(Path path, byte[] head) {
        for (CatalogReader r : readers) if (r.canRead(path, head)) return Optional.of(r);
        return Optional.empty();
    }

    /** The reader for a --format name ("auto" is not a reader). */
    public Optional<CatalogReader> byName(String format) {
        for (CatalogReader r : readers) if (r.name().equalsIgnoreCase(format)) return Optional.of(r);
        return Optional.empty();
    }
}
