package org.cepheus.learn;

import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FeatureExtractor;
import org.cepheus.service.AtomicFiles;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Extracted features kept on disk between runs (a second training seed, evaluate, classify reuse
 * them): one small file per star under a folder named after the extraction settings, keyed by a
 * digest of the star's photometry, so edited curves or other settings never hit stale entries.
 * The root folder is decided by whoever creates the {@link FeatureStore} (the CLI and GUI read it
 * at start-up); null disables the disk cache. A damaged entry is ignored and recomputed.
 */
final class FeatureDiskCache {
    private static final int VERSION = 1;
    private final Path dir; // null = disabled

    /** @param root the cache's folder, null for none; entries of these settings go to a sub-folder */
    FeatureDiskCache(Path root, String settingsKey) {
        this.dir = root == null ? null : root.resolve(digest(settingsKey + "|v" + VERSION).substring(0, 16));
    }

    FeatureExtractor.Result get(List<LightCurve> curves) {
        if (dir == null) return null;
        Path f = dir.resolve(key(curves));
        if (!Files.isRegularFile(f)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
            double period = in.readDouble();
            double[] scalars = new double[in.readInt()];
            for (int i = 0; i < scalars.length; i++) scalars[i] = in.readDouble();
            float[] shape = new float[in.readInt()];
            for (int i = 0; i < shape.length; i++) shape[i] = in.readFloat();
            return new FeatureExtractor.Result(scalars, shape, period);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    void put(List<LightCurve> curves, FeatureExtractor.Result r) {
        if (dir == null) return;
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeBytes(dir.resolve(key(curves)), os -> {
                DataOutputStream out = new DataOutputStream(os);
                out.writeDouble(r.period());
                out.writeInt(r.scalars().length);
                for (double v : r.scalars()) out.writeDouble(v);
                out.writeInt(r.shape().length);
                for (float v : r.shape()) out.writeFloat(v);
                out.flush();
            });
        } catch (IOException | RuntimeException notWritable) {
            // a cache that cannot be written only costs time
        }
    }

    /** Digest of every band's id, name and photometry. */
    private static String key(List<LightCurve> curves) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8);
            for (LightCurve c : curves) {
                md.update((c.id() + "|" + c.band() + "|").getBytes(StandardCharsets.UTF_8));
                for (double[] a : new double[][]{c.time(), c.mag(), c.err()}) {
                    if (a == null) continue;
                    for (double v : a) {
                        buf.clear();
                        md.update(buf.putDouble(v).array());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
