package org.cepheus.ui;

import java.util.function.Consumer;
import org.cepheus.learn.Versions;

/**
 * Which ND4J backend training will use. The Launcher has loaded ND4J's native libraries before the
 * toolkit started, so the job only reads the name; a workbench built without the Launcher (tests)
 * loads them here, off the FX thread, which takes seconds.
 */
public record BackendInfo(String backend, String variant, boolean gpu, int threads) {

    public static void describe(JobRunner jobs, Consumer<BackendInfo> then) {
        jobs.start("Checking the compute backend", m -> {
            String b = Versions.backend();
            return new BackendInfo(b, Versions.nativeVariant(), b.toLowerCase().contains("cuda"), Runtime.getRuntime().availableProcessors());
        }, then);
    }

    public String summary() {
        return gpu ? "Backend: " + backend + " — training runs on the GPU."
                : "Backend: " + backend + ", libnd4j " + variant + " build — training runs on the CPU (" + threads + " cores).";
    }

    /** What to do to get the GPU build; empty when it is already the GPU build. */
    public String gpuNote() {
        return gpu ? "" : "This is the CPU build. For an NVIDIA GPU, build Cepheus with `mvn -Pcuda package` "
                + "(needs CUDA 11.6 and cuDNN 8.3; see README, section GPU) and start that jar.";
    }
}
