package org.nd4j.nativeblas;

/**
 * A bridge for a lookup DL4J 1.0.0-M2.1 gets wrong: BaseMKLDNNHelper asks this old class name
 * whether libnd4j uses oneDNN, but ND4J M2.1 moved the class to
 * org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu, so DL4J never used its oneDNN helpers for
 * convolution, pooling and batch norm and fell back to a Java im2col path (75 % of a 2D CNN's
 * training time, bench/README.md). Reflection, not an import, so the CUDA build compiles without
 * the CPU bindings (DL4J asks only on the CPU backend). Delete with a DL4J release that fixes the name.
 */
public final class Nd4jCpu {
    private Nd4jCpu() { }

    /** What DL4J calls: {@code Environment.getInstance().isUseMKLDNN()}. */
    public static final class Environment {
        private static final Environment INSTANCE = new Environment();

        private Environment() { }

        public static Environment getInstance() { return INSTANCE; }

        public boolean isUseMKLDNN() {
            try {
                Class<?> env = Class.forName("org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment");
                Object instance = env.getMethod("getInstance").invoke(null);
                return (Boolean) env.getMethod("isUseONEDNN").invoke(instance);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false; // not the CPU backend, or another ND4J: DL4J's own code paths
            }
        }
    }
}
