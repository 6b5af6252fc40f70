package org.cepheus.catalog;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many light-curve points one load may hold, so a catalog larger than the Java heap is refused
 * with the size and the {@code -Xmx} to use instead of ending in OutOfMemoryError. Points cost 24
 * bytes in the finished curve (time, mag, err) and up to twice that while a file is parsed.
 */
public final class MemoryBudget {
    static final int BYTES_PER_POINT = 48;
    static final int BYTES_PER_CURVE = 256; // the object, its arrays' headers, id and band

    private final long bytes;
    private final AtomicLong used = new AtomicLong();

    public MemoryBudget(long bytes) { this.bytes = bytes; }

    /** Half of this JVM's maximum heap: the rest is for the work done on the curves. */
    public static MemoryBudget ofHeap() { return new MemoryBudget(Runtime.getRuntime().maxMemory() / 2); }

    long bytes() { return bytes; }

    /** What counting a file's curves found. */
    enum Verdict { FITS, FILE_TOO_LARGE, CATALOG_TOO_LARGE }

    /**
     * Counts a file's curves. One file whose curves alone take over a quarter of the budget is
     * refused on its own (not counted), so one huge file does not cost the rest of the catalog;
     * past the budget the whole load is refused.
     */
    Verdict add(FileLoader.Outcome out) {
        long cost = cost(out);
        if (cost > bytes / 4) return Verdict.FILE_TOO_LARGE;
        return used.addAndGet(cost) <= bytes ? Verdict.FITS : Verdict.CATALOG_TOO_LARGE;
    }

    static long cost(FileLoader.Outcome out) {
        return cost(out.curves());
    }

    /** What these curves cost while loaded (the load's own estimate, parsing room included). */
    public static long cost(java.util.Collection<LightCurve> curves) {
        long cost = 0;
        for (LightCurve c : curves) cost += (long) c.size() * BYTES_PER_POINT + BYTES_PER_CURVE;
        return cost;
    }

    /** The -Xmx value, in MB rounded up to a multiple of 256, that gives at least this many bytes. */
    public static long suggestXmxMb(long bytes) { return suggestMb(bytes); }

    /** The problem of a file refused by {@link #add}. */
    String fileTooLarge(FileLoader.Outcome out) {
        long cost = cost(out);
        return "its " + out.curves().size() + " light curves would need about " + mb(cost) + " MB, more than a quarter of what"
                + " this Java heap (" + mb(heap()) + " MB) allows a catalog; start Java with -Xmx" + suggestMb(cost * 8)
                + "m or more to read it";
    }

    /** A single file too large to parse within the budget, or null. Text parses to ~2x its size. */
    String tooLarge(long fileSize) {
        if (fileSize <= bytes / 2) return null;
        return (fileSize >> 20) + " MB is too large to read within this Java heap (" + mb(heap()) + " MB); start Java with -Xmx"
                + suggestMb(fileSize * 4) + "m or more";
    }

    IOException refusal(int filesRead, int files) {
        long perFile = used.get() / Math.max(1, filesRead);
        long needed = perFile * files * 2; // the budget is half the heap
        return new CatalogTooLargeException("the catalog is too large for this Java heap (" + mb(heap()) + " MB): after "
                + filesRead + " of " + files + " files its light curves already need about "
                + String.format(java.util.Locale.ROOT, "%.1f", used.get() / 1048576.0) + " MB; start Java with -Xmx" + suggestMb(Math.max(needed, heap() * 2)) + "m or more, or load part of it"
                + " (--classes, --per-class-cap, or a sub-folder)");
    }

    private static long heap() { return Runtime.getRuntime().maxMemory(); }

    private static long mb(long b) { return b >> 20; }

    /** Rounded up to a multiple of 256 MB. */
    private static long suggestMb(long b) { return ((b >> 20) / 256 + 1) * 256; }

    /** A load refused because it would not fit in memory. */
    public static final class CatalogTooLargeException extends IOException {
        CatalogTooLargeException(String message) { super(message); }
    }
}
