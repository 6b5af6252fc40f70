package org.cepheus.catalog;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One light-curve file format. Readers are registered in {@link ReaderRegistry}, which asks each
 * in turn whether it recognises a file (as STIL's StarTableFactory asks its handlers).
 */
public interface CatalogReader {
    /** The --format name: ogle, crts, aavso, csv, fits, votable, ecsv, parquet. */
    String name();

    /**
     * Whether this reader recognises the file, from its name and its first bytes (at most a few KB;
     * the whole file when small). Must be cheap and must not throw.
     */
    boolean canRead(Path path, byte[] head);

    /** Reads the file; problems with single lines or the whole file come back as values. */
    ReadResult read(Path path) throws IOException;
}
