package org.cepheus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real light curves the unit tests read: licensed subsets kept in the repository
 * (src/test/resources/realdata, see its README), so a fresh clone passes without ../shared.
 */
public final class TestData {
    private TestData() { }

    private static final Path ROOT = Path.of("src/test/resources/realdata").toAbsolutePath();

    public static Path root() {
        if (!Files.isDirectory(ROOT)) {
            // a broken checkout, not a reason to skip: fail loudly
            throw new IllegalStateException("test data missing at " + ROOT + " (run the tests from the project folder)");
        }
        return ROOT;
    }

    /** 315 CRTS stars: 7 paper classes and a few of 9 other classes. */
    public static Path crts() { return root().resolve("crts"); }
    /** 400 OGLE-IV LMC Cepheids, 250 with OGLE's catalog period. */
    public static Path ogle() { return root().resolve("ogle-lmc-cep"); }
    /** 559 EROS-1 LMC stars in R and B (all 439 ECL). */
    public static Path eros() { return root().resolve("eros1-lmc"); }

    /** The app's bundled default catalog. */
    public static Path sampleData() { return Path.of("sample-data").toAbsolutePath(); }

    /**
     * A small catalog folder of real CRTS curves copied from a folder of {@code ID-CLASS.csv} files
     * (as in sample-data/crts/lc and realdata/crts/lc): the first {@code perClass} of each class in
     * file-name order, in {@code target/lc}, with {@code target/labels.csv} listing them in that order.
     */
    public static Path crtsSubset(Path sourceLc, Path target, List<String> classes, int perClass) throws IOException {
        Files.createDirectories(target.resolve("lc"));
        List<String> labels = new ArrayList<>(List.of("file,class"));
        Map<String, Integer> taken = new HashMap<>();
        try (var files = Files.list(sourceLc).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                if (!n.endsWith(".csv") || n.indexOf('-') < 0) continue;
                String cls = n.substring(n.indexOf('-') + 1, n.length() - 4);
                if (!classes.contains(cls) || taken.merge(cls, 1, Integer::sum) > perClass) continue;
                Files.copy(f, target.resolve("lc").resolve(n));
                labels.add("lc/" + n + "," + cls);
            }
        }
        Files.write(target.resolve("labels.csv"), labels);
        return target;
    }
}
