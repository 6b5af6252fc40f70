package org.cepheus;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
