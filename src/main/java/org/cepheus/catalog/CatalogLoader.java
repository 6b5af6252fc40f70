package org.cepheus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import org.cepheus.service.Job;
import org.cepheus.service.ProgressMonitor;

/**
 * Loads a catalog from a file or a folder (recursively, several catalogs side by side allowed):
 * reads every file in parallel, recognises each by content and name, then joins labels tables,
 * OGLE side tables and file-name classes, and applies the class filter, minimum points and the
 * per-class cap. Problems with single files or lines are collected, never thrown.
 */
public final class CatalogLoader {
    /** Files up to this size are read whole in one go; larger ones are handed to their reader. */
    private static final long WHOLE_FILE_LIMIT = 64L << 20;
    private static final int HEAD_BYTES = 4096;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogLoader.class);

    private CatalogLoader() { }

    /**
     * @param labels      labels table, or null to pick up labels tables found beside the data
     * @param format      auto|ogle|crts|aavso|aavso-upload|csv|fits|votable|ecsv|parquet
     * @param classes     classes to keep; empty keeps all
     * @param minPoints   curves with fewer points are left out (the paper keeps >= 100)
     * @param perClassCap at most this many stars per class, the first by sorted id; 0 = no cap
     * @param columns     column mapping for generic tables; null = guess from header names
     * @param keepOutliers true: keep gross time and magnitude outliers in the curves (as before
     *                    #12); false (default): set them aside, see {@link Outliers}
     */
    public record Options(Path labels, String format, Set<String> classes, int minPoints, int perClassCap,
                          ColumnMapping columns, boolean keepOutliers) {
        public Options {
            format = format == null ? "auto" : format.toLowerCase(Locale.ROOT);
            classes = classes == null ? Set.of() : Set.copyOf(classes);
            if (!ReaderRegistry.FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format '" + format + "': expected one of "
                        + String.join(", ", ReaderRegistry.FORMATS));
            }
            if (minPoints < 0 || perClassCap < 0) throw new IllegalArgumentException("minPoints and perClassCap must be >= 0");
        }

        public Options(Path labels, String format, Set<String> classes, int minPoints, int perClassCap, ColumnMapping columns) {
            this(labels, format, classes, minPoints, perClassCap, columns, false);
        }

        public static Options defaults() { return new Options(null, "auto", Set.of(), 0, 0, null); }
        public Options withLabels(Path p) { return new Options(p, format, classes, minPoints, perClassCap, columns, keepOutliers); }
        public Options withFormat(String f) { return new Options(labels, f, classes, minPoints, perClassCap, columns, keepOutliers); }
        public Options withClasses(Set<String> c) { return new Options(labels, format, c, minPoints, perClassCap, columns, keepOutliers); }
        public Options withMinPoints(int n) { return new Options(labels, format, classes, n, perClassCap, columns, keepOutliers); }
        public Options withPerClassCap(int n) { return new Options(labels, format, classes, minPoints, n, columns, keepOutliers); }
        public Options withColumns(ColumnMapping m) { return new Options(labels, format, classes, minPoints, perClassCap, m, keepOutliers); }
        public Options withKeepOutliers(boolean keep) { return new Options(labels, format, classes, minPoints, perClassCap, columns, keep); }
    }

    /**
     * Loads everything under {@code fileOrDir}.
     * @throws NoSuchFileException   when the path (or the given labels table) does not exist
     * @throws AccessDeniedException when it cannot be read
     * @throws org.cepheus.service.CancelledException when the monitor cancelled
     */
    public static Catalog load(Path fileOrDir, Options options, ProgressMonitor monitor) throws IOException {
        return load(fileOrDir, options, monitor, MemoryBudget.ofHeap());
    }

    /**
     * Loads within a memory budget.
     * @throws MemoryBudget.CatalogTooLargeException when the curves would not fit in it (with the -Xmx to use)
     */
    public static Catalog load(Path fileOrDir, Options options, ProgressMonitor monitor, MemoryBudget budget) throws IOException {
        Options o = options == null ? Options.defaults() : options;
        ProgressMonitor mon = monitor == null ? ProgressMonitor.NONE : monitor;
        Path root = realPath(fileOrDir);
        Path labels = o.labels() == null ? null : realPath(o.labels());
        ReaderRegistry registry = ReaderRegistry.standard(o.columns());
        CatalogReader forced = o.format().equals("auto") ? null : registry.byName(o.format()).orElseThrow();

        List<LoadProblem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Path> files = listFiles(root, labels, problems);
        long t1 = System.nanoTime();
        mon.progress(0, "Reading " + files.size() + " files");
        FileLoader fileLoader = new FileLoader(registry, forced, new HashSet<>(files), labels != null, budget);
        Outliers outliers = o.keepOutliers() ? null : new Outliers(OutlierPreset.standard());
        List<FileLoader.Outcome> outcomes = readInParallel(files, fileLoader, outliers, mon, budget);
        mon.checkCancelled();
        long t2 = System.nanoTime();

        CatalogJoins joins = new CatalogJoins();
        List<LightCurve> curves = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (LoadProblem p : problems) if (p.file() != null) skipped.add(p.file()); // broken links, unreadable folders
        if (labels != null) {
            LabelsTable explicit = LabelsTable.parse(labels, Files.readAllBytes(labels), new HashSet<>(files));
            problems.addAll(explicit.problems());
            joins.addLabels(explicit, true);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            FileLoader.Outcome out = outcomes.get(i);
            if (out.skipped()) skipped.add(files.get(i));
            problems.addAll(out.problems());
            curves.addAll(out.curves());
            if (out.labels() != null) joins.addLabels(out.labels(), false);
            if (out.ogle() != null) joins.addOgle(out.ogle());
        }
        curves = joins.apply(curves, problems);
        curves = excluded(root, curves, problems);
        curves = CurveFilters.apply(curves, o, root, problems);
        mon.progress(1, "Loaded " + curves.size() + " curves");
        LOG.debug("{}: listed {} files in {} ms, read in {} ms, joined and filtered in {} ms", root, files.size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return new Catalog(root.getFileName() == null ? root.toString() : root.getFileName().toString(), curves,
                problems, skipped);
    }

    /** The curves with the user's exclusions saved beside the catalog set aside (see {@link Exclusions}). */
    private static List<LightCurve> excluded(Path root, List<LightCurve> curves, List<LoadProblem> problems) {
        Exclusions ex;
        try {
            ex = Exclusions.readBeside(root);
        } catch (IOException e) {
            problems.add(new LoadProblem(Exclusions.sidecarOf(root), 0, "cannot read the excluded points, none applied: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return curves;
        }
        if (ex.size() == 0 && ex.included().isEmpty()) return curves;
        List<LightCurve> out = new ArrayList<>(curves.size());
        for (LightCurve c : curves) out.add(ex.apply(c));
        return out;
    }

    /** The load as a cancellable job with progress, for the GUI and the CLI. */
    public static Job<Catalog> job(Path fileOrDir, Options options) {
        return monitor -> load(fileOrDir, options, monitor);
    }

    private static Path realPath(Path p) throws IOException {
        if (!Files.exists(p)) throw new NoSuchFileException(p.toString());
        if (!Files.isReadable(p)) throw new AccessDeniedException(p.toString());
        return p.toRealPath();
    }

    /**
     * Regular files under the root, sorted, without hidden files, documentation or the labels
     * table. Unreadable folders and broken links become problems; the walk goes on.
     */
    private static List<Path> listFiles(Path root, Path labels, List<LoadProblem> problems) throws IOException {
        if (Files.isRegularFile(root)) return List.of(root);
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isSkipped(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (isSkipped(root, file) || file.equals(labels)) return FileVisitResult.CONTINUE;
                if (attrs.isRegularFile()) out.add(file);
                else if (attrs.isSymbolicLink()) problems.add(new LoadProblem(file, 0, "cannot read: broken link"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String why = e instanceof AccessDeniedException ? "permission denied"
                        : e instanceof java.nio.file.FileSystemLoopException ? "link loop" : String.valueOf(e.getMessage());
                problems.add(new LoadProblem(file, 0, "cannot read: " + why));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }

    /** Hidden files and folders, and documents that travel with data (README, LICENSE, PDFs). */
    private static boolean isSkipped(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("readme") || name.startsWith("license") || name.startsWith("licence")
                || name.startsWith("copying") || name.endsWith(".md") || name.endsWith(".pdf")
                || name.endsWith(".html") || name.endsWith(".png") || name.endsWith(".tar.gz") || name.endsWith(".zip")
                || name.endsWith(Exclusions.SUFFIX) || name.endsWith(CuratedLabels.SUFFIX);
    }

    /** Reads the files on all cores (the calling thread works too); results keep the file order. */
    private static List<FileLoader.Outcome> readInParallel(List<Path> files, FileLoader loader, Outliers outliers,
                                                           ProgressMonitor mon, MemoryBudget budget) throws IOException {
        FileLoader.Outcome[] results = new FileLoader.Outcome[files.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean overBudget = new java.util.concurrent.atomic.AtomicBoolean();
        int total = files.size();
        Runnable work = () -> {
            int i;
            while ((i = next.getAndIncrement()) < total && !mon.isCancelled() && !overBudget.get()) {
                results[i] = loader.load(files.get(i)).withoutOutliers(files.get(i), outliers);
                MemoryBudget.Verdict v = budget.add(results[i]);
                if (v == MemoryBudget.Verdict.FILE_TOO_LARGE) {
                    results[i] = FileLoader.Outcome.problem(files.get(i), budget.fileTooLarge(results[i]));
                } else if (v == MemoryBudget.Verdict.CATALOG_TOO_LARGE) {
                    overBudget.set(true);
                }
                int d = done.incrementAndGet();
                if (d % 128 == 0) mon.progress((double) d / total, "Read " + d + " of " + total + " files");
            }
        };
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, total / 8));
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread th = new Thread(work, "catalog-loader-" + t);
            th.setDaemon(true);
            th.start();
            helpers.add(th);
        }
        work.run();
        for (Thread th : helpers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.cepheus.service.CancelledException();
            }
        }
        if (overBudget.get()) throw budget.refusal(done.get(), total);
        List<FileLoader.Outcome> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            // null only when cancelled (the caller then stops) or when a worker died of an Error
            out.add(results[i] != null ? results[i] : FileLoader.Outcome.problem(files.get(i), "not read (loading was interrupted)"));
        }
        return out;
    }

    static byte[] head(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    static long wholeFileLimit() { return WHOLE_FILE_LIMIT; }
    static int headBytes() { return HEAD_BYTES; }
}
