package org.cepheus.learn;

import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FeatureExtractor;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The extracted features of the period-features model, kept so the period search (the expensive
 * part) runs once per star: in memory for the life of this store (planning and the two encoders
 * of a run share one extraction; weak keys let closed catalogs go) and, when the store has a
 * folder, on disk between runs ({@link FeatureDiskCache}). Callers create one per run or per
 * session, pass it to the jobs and close it; nothing is shared behind their backs.
 */
public final class FeatureStore implements AutoCloseable {
    /** The value of the start-up setting that turns the disk cache off. */
    public static final String OFF = "off";

    private final Path root; // null = memory only
    private final Map<PeriodFeatureInputs.Settings, Map<LightCurve, FeatureExtractor.Result>> memo = new HashMap<>();
    private final Map<PeriodFeatureInputs.Settings, FeatureDiskCache> disk = new HashMap<>();

    private FeatureStore(Path root) {
        this.root = root;
    }

    /** Features kept in memory only, for this store's life. */
    public static FeatureStore inMemory() { return new FeatureStore(null); }

    /** Features also kept on disk under this folder (one sub-folder per extraction settings). */
    public static FeatureStore onDisk(Path root) { return new FeatureStore(root); }

    /**
     * The store a user's setting names, decided at start-up: a folder, {@value #OFF} (memory
     * only) or null for the default folder ~/.cache/cepheus/features under the given home.
     */
    public static FeatureStore fromSetting(String setting, Path userHome) {
        if (setting == null) return onDisk(userHome.resolve(".cache").resolve("cepheus").resolve("features"));
        return setting.equals(OFF) ? inMemory() : onDisk(Path.of(setting));
    }

    /** The disk cache's folder, or null when features stay in memory. */
    public Path root() { return root; }

    /** The features of a star: from memory, from disk, or extracted now (and kept). Thread-safe. */
    FeatureExtractor.Result extract(PeriodFeatureInputs.Settings s, FeatureExtractor fx, Star star) {
        Map<LightCurve, FeatureExtractor.Result> m;
        FeatureDiskCache d;
        synchronized (memo) {
            m = memo.computeIfAbsent(s, k -> Collections.synchronizedMap(new WeakHashMap<>()));
            d = disk.computeIfAbsent(s, k -> new FeatureDiskCache(root, TrainingConfig.JSON.valueToTree(k) + "|" + fx.names()));
        }
        LightCurve key = star.primary();
        FeatureExtractor.Result r = m.get(key);
        if (r == null) {
            r = d.get(star.curves());
            if (r == null || r.scalars().length != fx.size() || r.shape().length != fx.shapeLength()) {
                r = fx.extract(star.curves());
                d.put(star.curves(), r);
            }
            m.put(key, r);
        }
        return r;
    }

    /** Drops the in-memory features; what is on disk stays for the next run. */
    @Override
    public void close() {
        synchronized (memo) {
            memo.clear();
            disk.clear();
        }
    }
}
