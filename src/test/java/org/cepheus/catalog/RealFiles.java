package org.cepheus.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Independent (slow, obvious) parsing of real files, to check the fast readers against. */
final class RealFiles {
    private RealFiles() { }

    /** Non-blank lines split on commas (quotes removed) or whitespace. */
    static List<String[]> rows(Path file, boolean comma) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            String[] f = comma ? line.replace("\"", "").split(",") : line.trim().split("\\s+");
            out.add(f);
        }
        return out;
    }

    static Path firstFile(Path dir, String suffix) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().findFirst().orElseThrow();
        }
    }

    static long count(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.count();
        }
    }
}
