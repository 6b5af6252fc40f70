package org.cepheus.catalog;

/**
 * Stable sort of indices by a primitive key, without boxing (survey files are often nearly but
 * not quite in time order, and boxed Integer sorting dominated catalog loading; folding sorts by
 * phase on every slider tick).
 */
public final class IndexSort {
    private IndexSort() { }

    /** Indices 0..n-1 ordered by key (ties keep their order). */
    public static int[] byValue(double[] key) {
        int n = key.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        int[] tmp = new int[n];
        mergeSort(key, idx, tmp, 0, n);
        return idx;
    }

    private static void mergeSort(double[] key, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertion(key, a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(key, a, tmp, lo, mid);
        mergeSort(key, a, tmp, mid, hi);
        if (Double.compare(key[a[mid - 1]], key[a[mid]]) <= 0) return; // already in order
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) a[k++] = Double.compare(key[tmp[j]], key[tmp[i]]) < 0 ? tmp[j++] : tmp[i++];
        while (i < mid) a[k++] = tmp[i++];
        while (j < hi) a[k++] = tmp[j++];
    }

    private static void insertion(double[] key, int[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            double kv = key[v];
            int j = i - 1;
            while (j >= lo && Double.compare(key[a[j]], kv) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}
