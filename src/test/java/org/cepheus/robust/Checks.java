package org.cepheus.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.LoadProblem;
import org.cepheus.learn.ModelBundle;
import org.cepheus.service.ProgressMonitor;

/**
 * The properties every damaged input must keep, shared by the seeded mutation tests and the
 * Jazzer targets. A violation is an {@link AssertionError} saying what went wrong.
 */
final class Checks {
    private Checks() { }

    /** What became of one damaged catalog file. */
    enum CatalogOutcome { LOADED, LOADED_WITH_PROBLEMS, REFUSED }

    /** What became of one damaged model bundle. */
    enum BundleOutcome { LOADED, REFUSED }

    /** Text that only a crashed parser writes: exception class names, JDK bounds messages, bare numbers. */
    private static final Pattern RAW = Pattern.compile(
            "NullPointerException|IndexOutOfBounds|out of bounds for length|NumberFormatException|For input string"
                    + "|ClassCastException|NegativeArraySize|ArithmeticException|IllegalStateException"
                    + "|UnsupportedOperationException|ConcurrentModification|StackOverflow|OutOfMemory"
                    + "|java\\.lang\\.|(^|: )-?\\d+$|: null$|^null$|\\(null\\)");

    /** Null when the message is something a user can read; else why not. */
    static String unreadable(String message) {
        if (message == null || message.isBlank()) return "no message";
        if (RAW.matcher(message).find()) return "raw exception text";
        return null;
    }

    private static Catalog baseline;
    private static Map<String, LightCurve> baselineCurves;
    private static Set<String> baselineProblems;

    private static synchronized void baseline(Seeds s) throws IOException {
        if (baseline != null) return;
        baseline = CatalogLoader.load(s.work, null, ProgressMonitor.NONE);
        baselineCurves = byKey(baseline.curves());
        baselineProblems = new HashSet<>();
        for (LoadProblem p : baseline.problems()) baselineProblems.add(p.toString());
    }

    /** The intact files alone, as loaded before any damage. */
    static synchronized Catalog baselineCatalog(Seeds s) throws IOException {
        baseline(s);
        return baseline;
    }

    /**
     * Writes {@code mutant} as the seed's file beside the intact files, loads the folder and checks:
     * no exception, every intact curve identical, every new problem names the damaged file in words.
     */
    static synchronized CatalogOutcome catalog(Seeds s, Seeds.Seed seed, byte[] mutant) throws IOException {
        baseline(s);
        Path mdir = s.work.resolve("m");
        Seeds.deleteTree(mdir);
        Path file = mdir.resolve(seed.relativePath());
        Files.createDirectories(file.getParent());
        Files.write(file, mutant);
        Path real = file.toRealPath();
        Catalog c;
        try {
            c = CatalogLoader.load(s.work, null, ProgressMonitor.NONE);
        } catch (Throwable t) {
            throw new AssertionError("CatalogLoader.load threw " + t, t);
        }
        Map<String, List<LightCurve>> now = new HashMap<>();
        for (LightCurve lc : c.curves()) now.computeIfAbsent(key(lc), k -> new java.util.ArrayList<>()).add(lc);
        for (Map.Entry<String, LightCurve> e : baselineCurves.entrySet()) {
            List<LightCurve> after = now.getOrDefault(e.getKey(), List.of());
            if (after.isEmpty()) throw new AssertionError("intact curve " + e.getKey() + " was lost; problems: " + c.problems());
            if (after.stream().noneMatch(a -> same(e.getValue(), a))) {
                throw new AssertionError("intact curve " + e.getKey() + " changed");
            }
        }
        boolean mutantProblems = false;
        for (LoadProblem p : c.problems()) {
            if (baselineProblems.contains(p.toString())) continue;
            if (p.file() == null || !p.file().startsWith(real.getParent())) {
                throw new AssertionError("a problem that does not name the damaged file: " + p);
            }
            String why = unreadable(p.message());
            if (why != null) throw new AssertionError(why + " in the problem: " + p);
            mutantProblems = true;
        }
        if (c.skippedFiles().contains(real)) return CatalogOutcome.REFUSED;
        return mutantProblems ? CatalogOutcome.LOADED_WITH_PROBLEMS : CatalogOutcome.LOADED;
    }

    /** Loads or refuses with an IOException whose message names the file in words; nothing else. */
    static BundleOutcome bundle(Path file) {
        ModelBundle loaded;
        try {
            loaded = ModelBundle.load(file);
        } catch (IOException e) {
            String why = unreadable(e.getMessage());
            if (why != null) throw new AssertionError(why + " in the refusal: " + e, e);
            if (!e.getMessage().contains(file.getFileName().toString())) {
                throw new AssertionError("the refusal does not name the file: " + e, e);
            }
            return BundleOutcome.REFUSED;
        } catch (Throwable t) {
            throw new AssertionError("ModelBundle.load threw " + t, t);
        }
        // a bundle that loads must also classify (a reviewer saw 'cepheus: -294967296' there):
        // an IllegalArgumentException in words is a refusal too, anything else is a bug
        try (org.cepheus.learn.FeatureStore none = org.cepheus.learn.FeatureStore.inMemory()) {
            new org.cepheus.learn.Classifier(loaded, none).classify(probeCurves(), ProgressMonitor.NONE);
        } catch (IllegalArgumentException e) {
            String why = unreadable(e.getMessage());
            if (why != null) throw new AssertionError(why + " when classifying with the loaded bundle: " + e, e);
        } catch (Throwable t) {
            throw new AssertionError("classifying with the loaded bundle threw " + t, t);
        }
        return BundleOutcome.LOADED;
    }

    private static Catalog probe;

    /** Three real curves of the seeds (OGLE, CRTS, EROS) to classify with a bundle that loaded. */
    private static synchronized Catalog probeCurves() throws IOException {
        if (probe == null) {
            List<LightCurve> all = baselineCatalog(Seeds.get()).curves();
            probe = new Catalog("probe", all.subList(0, Math.min(3, all.size())), List.of());
        }
        return probe;
    }

    private static String key(LightCurve c) { return c.id() + " [" + c.band() + "]"; }

    private static Map<String, LightCurve> byKey(List<LightCurve> curves) {
        Map<String, LightCurve> m = new HashMap<>();
        for (LightCurve c : curves) {
            if (m.put(key(c), c) != null) throw new AssertionError("two intact curves " + key(c));
        }
        return m;
    }

    static boolean same(LightCurve a, LightCurve b) {
        return a.id().equals(b.id()) && a.band().equals(b.band()) && Objects.equals(a.label(), b.label())
                && java.util.Arrays.equals(a.time(), b.time()) && java.util.Arrays.equals(a.mag(), b.mag())
                && java.util.Arrays.equals(a.err(), b.err()) && a.metadata().equals(b.metadata());
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
