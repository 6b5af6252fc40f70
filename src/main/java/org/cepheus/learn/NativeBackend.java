package org.cepheus.learn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J's native libraries (libnd4j, OpenBLAS), loaded once. The workbench loads them on its main
 * thread before JavaFX starts: loaded from a job while the FX thread loaded a font library, both
 * threads hung in the dynamic loader (issue #10). Everything that uses ND4J later finds them loaded.
 */
public final class NativeBackend {
    private static volatile String backend;

    private NativeBackend() { }

    /** Loads the libraries if not yet done; the simple name of the backend, e.g. CpuBackend. */
    public static synchronized String load() {
        if (backend == null) {
            // a product too: BLAS may be set up on first use rather than by ND4J's initialiser
            Nd4j.ones(2, 2).mmul(Nd4j.ones(2, 2));
            backend = Nd4j.getBackend().getClass().getSimpleName();
        }
        return backend;
    }

    public static boolean isLoaded() {
        return backend != null;
    }
}
