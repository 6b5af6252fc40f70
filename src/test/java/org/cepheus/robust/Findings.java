package org.cepheus.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts what the damaged inputs gave, keeps those that broke a property (in target/fuzz-findings,
 * to be copied into src/test/resources/fuzz-corpus as regression inputs) and lists the stored corpus.
 */
final class Findings<E extends Enum<E>> {
    static final Path CORPUS = Path.of("src/test/resources/fuzz-corpus").toAbsolutePath();
    private static final Path OUT = Path.of("target/fuzz-findings").toAbsolutePath();

    private final String what;
    private final Map<E, Integer> counts;
    private final List<String> failures = new ArrayList<>();
    private int tried;

    Findings(String what, Class<E> outcomes) {
        this.what = what;
        this.counts = new EnumMap<>(outcomes);
    }

    void count(E outcome) {
        tried++;
        counts.merge(outcome, 1, Integer::sum);
    }

    /** A broken property: kept with the input that broke it. */
    void failed(String name, byte[] input, String how, AssertionError e) {
        tried++;
        Path saved = OUT.resolve(what).resolve(Checks.sha(input) + "--" + name.replace('/', '~'));
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException io) {
            saved = null;
        }
        failures.add(how + ": " + e.getMessage() + (saved == null ? "" : " (input kept in " + saved + ")"));
    }

    List<String> failures() { return failures; }

    String summary() {
        return what + ": " + tried + " inputs tried, " + counts + ", " + failures.size() + " broke a property"
                + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures));
    }

    /** Stored regression inputs of one kind: file name {@code <hash>--<path with ~ for />}. */
    static List<Path> corpus(String what) throws IOException {
        Path dir = CORPUS.resolve(what);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains("--")).sorted().toList();
        }
    }

    /** The path a corpus file is loaded under. */
    static String originalName(Path corpusFile) {
        String n = corpusFile.getFileName().toString();
        return n.substring(n.indexOf("--") + 2).replace('~', '/');
    }
}
