package org.cepheus.catalog;

import java.nio.file.Path;

/**
 * A problem met while loading: which file, which line (1-based; 0 when it concerns the whole file)
 * and what was expected. Problems are values shown to the user, never stack traces.
 */
public record LoadProblem(Path file, int line, String message) {
    @Override
    public String toString() {
        return (file == null ? "?" : file.toString()) + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
