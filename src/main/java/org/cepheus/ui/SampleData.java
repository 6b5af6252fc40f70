package org.cepheus.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the bundled sample-data folder: beside the working directory (mvn javafx:run, a checkout),
 * or beside / above the jar (java -jar target/cepheus.jar, an installed app).
 */
public final class SampleData {
    private SampleData() { }

    public static Optional<Path> locate() {
        Optional<Path> fromProperty = Optional.ofNullable(System.getProperty("cepheus.sample.data")).map(Path::of);
        if (fromProperty.isPresent() && Files.isDirectory(fromProperty.get())) return fromProperty;
        Path cwd = Path.of("").toAbsolutePath();
        Optional<Path> found = search(cwd);
        if (found.isPresent()) return found;
        try {
            Path jar = Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return search(jar.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The folder itself or up to two parents (target/ and an install's lib/ sit below it). */
    private static Optional<Path> search(Path start) {
        Path dir = start;
        for (int i = 0; i < 3 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("sample-data");
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
