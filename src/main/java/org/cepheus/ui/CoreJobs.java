package org.cepheus.ui;

import java.nio.file.Path;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.ColumnMapping;
import org.cepheus.catalog.SavedMappings;
import org.cepheus.service.Job;

/**
 * The core services the workbench calls that need no view state, in one place: each method
 * returns a core Job the views run through {@link JobRunner}. No science here.
 */
public final class CoreJobs {
    private CoreJobs() { }

    /** Loads a file or folder with the catalog loader's defaults (labels tables found beside the data). */
    public static Job<Catalog> loadCatalog(Path path) {
        return CatalogLoader.job(path, CatalogLoader.Options.defaults());
    }

    /**
     * Loads with these columns (null: the mapping saved for the table's header, else guessed from it).
     */
    public static Job<Catalog> loadCatalog(Path path, ColumnMapping columns, SavedMappings saved) {
        return monitor -> {
            ColumnMapping m = columns != null ? columns : saved.forFile(path).orElse(null);
            return CatalogLoader.load(path, CatalogLoader.Options.defaults().withColumns(m), monitor);
        };
    }
}
