package org.cepheus;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real survey light curves live for tests: ../shared/data beside the checkout. */
public final class SharedData {
    private SharedData() { }

    public static Path root() {
        String p = System.getProperty("cepheus.shared.data", "../shared/data");
        Path root = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("real test data not found at " + root
                    + " (set -Dcepheus.shared.data=...)");
        }
        return root;
    }

    public static Path crts() { return root().resolve("crts"); }
    public static Path ogle() { return root().resolve("ogle-lmc-cep"); }
    public static Path eros() { return root().resolve("eros1-lmc"); }

    /** The app's bundled default catalog. */
    public static Path sampleData() { return Path.of("sample-data").toAbsolutePath(); }
}
