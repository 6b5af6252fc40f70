package org.cepheus.learn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Minibatches assembled on the fly from an {@link EncodedCache}: normalised features for every
 * input, the time masks of masked inputs, one-hot labels. A background thread prepares the next
 * batches as plain float arrays while the network trains on the current one (ND4J work stays on
 * the caller's thread, outside any workspace trouble). Order is fixed by the seed given, so runs
 * are reproducible. The prefetch thread belongs to this iterator: close it when done.
 */
public final class CachedBatchIterator implements MultiDataSetIterator, AutoCloseable {
    private static final int LOOKAHEAD = 2;

    // daemon, so an iterator that is never closed cannot keep the JVM alive
    private final ExecutorService prefetch = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cepheus-batches");
        t.setDaemon(true);
        return t;
    });

    private final EncodedCache cache;
    private final List<InputSpec> specs;
    private final int[] order;
    private final int[] labels;
    private final int numClasses;
    private final int batchSize;
    private final ArrayDeque<Future<HostBatch>> pending = new ArrayDeque<>();
    private int nextToSubmit;
    private int cursor;
    private MultiDataSetPreProcessor preProcessor;

    /**
     * @param specs       inputs with their fitted normalisation (same order as the cache's)
     * @param samples     cache indices to iterate
     * @param labels      class index per cache sample, or null for unlabelled prediction batches
     * @param shuffleSeed shuffle the samples with this seed; null keeps the given order
     */
    public CachedBatchIterator(EncodedCache cache, List<InputSpec> specs, int[] samples, int[] labels,
                               int numClasses, int batchSize, Long shuffleSeed) {
        this.cache = cache;
        this.specs = specs;
        this.order = samples.clone();
        this.labels = labels;
        this.numClasses = numClasses;
        this.batchSize = batchSize;
        if (shuffleSeed != null) shuffle(order, new Random(shuffleSeed));
        reset();
    }

    static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Number of minibatches in one pass. */
    public int batches() { return (order.length + batchSize - 1) / batchSize; }

    /** Plain-array batch, prepared off the training thread. */
    private record HostBatch(float[][] features, float[][] masks, float[] labels, int size) { }

    private void fillQueue() {
        while (pending.size() < LOOKAHEAD && nextToSubmit < order.length) {
            int from = nextToSubmit, to = Math.min(order.length, from + batchSize);
            nextToSubmit = to;
            pending.add(prefetch.submit(() -> build(from, to)));
        }
    }

    private HostBatch build(int from, int to) {
        int b = to - from;
        float[][] feats = new float[specs.size()][];
        float[][] masks = new float[specs.size()][];
        for (int i = 0; i < specs.size(); i++) {
            InputSpec spec = specs.get(i);
            int size = spec.size(), len = spec.length(), channels = spec.channels(), per = size / channels;
            InputSpec.Normalisation norm = spec.normalisation();
            float[] dst = new float[b * size];
            float[] dstMask = spec.masked() ? new float[b * len] : null;
            for (int k = 0; k < b; k++) {
                int s = order[from + k];
                float[] src = cache.features(i, s);
                float[] m = cache.mask(i, s);
                for (int c = 0; c < channels; c++) {
                    float mu = norm == null ? 0 : norm.mean()[c];
                    float inv = norm == null ? 1 : 1 / norm.std()[c];
                    int base = c * per;
                    for (int p = 0; p < per; p++) {
                        // padding stays exactly zero: convolutions see across the boundary
                        if (m != null && m[p % len] == 0) continue;
                        dst[k * size + base + p] = (src[base + p] - mu) * inv;
                    }
                }
                if (dstMask != null) System.arraycopy(m, 0, dstMask, k * len, len);
            }
            feats[i] = dst;
            masks[i] = dstMask;
        }
        float[] lab = null;
        if (labels != null) {
            lab = new float[b * numClasses];
            for (int k = 0; k < b; k++) lab[k * numClasses + labels[order[from + k]]] = 1f;
        }
        return new HostBatch(feats, masks, lab, b);
    }

    @Override
    public boolean hasNext() { return cursor < order.length; }

    @Override
    public MultiDataSet next() {
        if (!hasNext()) throw new NoSuchElementException();
        fillQueue();
        HostBatch h;
        try {
            h = pending.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot prepare a batch: " + e.getCause().getMessage(), e.getCause());
        }
        cursor += h.size();
        fillQueue();
        INDArray[] f = new INDArray[specs.size()];
        INDArray[] m = new INDArray[specs.size()];
        boolean anyMask = false;
        for (int i = 0; i < specs.size(); i++) {
            int[] shape = specs.get(i).shape();
            long[] full = new long[shape.length + 1];
            full[0] = h.size();
            for (int d = 0; d < shape.length; d++) full[d + 1] = shape[d];
            f[i] = Nd4j.create(h.features()[i], full, 'c');
            if (h.masks()[i] != null) {
                m[i] = Nd4j.create(h.masks()[i], new long[]{h.size(), specs.get(i).length()}, 'c');
                anyMask = true;
            }
        }
        INDArray[] l = h.labels() == null ? null
                : new INDArray[]{Nd4j.create(h.labels(), new long[]{h.size(), numClasses}, 'c')};
        MultiDataSet ds = new org.nd4j.linalg.dataset.MultiDataSet(f, l, anyMask ? m : null, null);
        if (preProcessor != null) preProcessor.preProcess(ds);
        return ds;
    }

    @Override
    public MultiDataSet next(int num) { throw new UnsupportedOperationException("batch size is fixed"); }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor p) { this.preProcessor = p; }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() { return preProcessor; }

    @Override
    public boolean resetSupported() { return true; }

    @Override
    public boolean asyncSupported() { return false; } // prefetches itself

    @Override
    public void reset() {
        for (Future<HostBatch> f : pending) f.cancel(false);
        pending.clear();
        nextToSubmit = 0;
        cursor = 0;
        fillQueue();
    }

    /** Stops the prefetch thread; batches not yet taken are dropped. */
    @Override
    public void close() {
        for (Future<HostBatch> f : pending) f.cancel(false);
        pending.clear();
        prefetch.shutdownNow();
    }
}
