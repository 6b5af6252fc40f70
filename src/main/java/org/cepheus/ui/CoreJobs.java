package org.cepheus.ui;

import java.nio.file.Path;
import org.cepheus.catalog.Catalog;
import org.cepheus.service.Job;

/**
 * The core services the workbench calls, in one place: each method returns a core Job the views
 * run through {@link JobRunner}. No science here, only the binding to the core API.
 */
public final class CoreJobs {
    private CoreJobs() { }

    /** Loads a file or folder with the catalog loader's default options. */
    public static Job<Catalog> loadCatalog(Path path) {
        return monitor -> {
            throw new UnsupportedOperationException("catalog loading is not available in this build yet");
        };
    }
}
