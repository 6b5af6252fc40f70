package org.cepheus.learn;

import com.sun.jna.NativeLibrary;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * ND4J's native libraries (libnd4j, OpenBLAS), loaded once. The workbench loads them on its main
 * thread before JavaFX starts: loaded from a job while the FX thread loaded a font library, both
 * threads hung in the dynamic loader (issue #10). Everything that uses ND4J later finds them loaded.
 *
 * <p>The CPU build ships several builds of libnd4j (nd4j-native classifiers): generic x86-64,
 * AVX2, AVX-512 and oneDNN. Left to itself JavaCPP takes the last one it finds (AVX-512), which
 * would crash a CPU without it, so the variant is chosen here from the CPU's flags before ND4J
 * loads: the first of {@link #PREFERENCE} that the CPU runs and the classpath holds, else the
 * generic build. A user's own {@code -Dorg.bytedeco.javacpp.platform.extension} wins.
 *
 * <p>DL4J's layer helpers (oneDNN convolution, pooling and batch norm on the CPU, cuDNN on CUDA)
 * are off by default in 1.0.0-M2.1 ({@code org.eclipse.deeplearning4j.helpers.disable=true}); they
 * are turned on here, unless the user set that property: a 2D CNN trains 8x and infers 18x faster
 * per CPU second with the same layers and weights (bench/README.md; outputs agree to float
 * rounding, NetworksTest). See also org.nd4j.nativeblas.Nd4jCpu, which lets DL4J find oneDNN.
 *
 * <p>libnd4j runs its threads through GNU OpenMP (libgomp), whose idle threads spin for a while
 * before they sleep. With another process holding a core, a CNN-LSTM bench run on 2 threads did not
 * finish in 150 s, one that takes 29 s on 1 thread (bench/README.md, "Fused LSTM ops, profiled; 2
 * threads"): the threads spin waiting for each other around every small op. libgomp reads
 * {@code OMP_WAIT_POLICY} once, when it is loaded, which happens when ND4J loads libnd4j; so the
 * variable is put into the process environment (libc setenv) as {@code PASSIVE} here, before that,
 * unless the user set it. A JVM cannot change its environment otherwise; the variable is then
 * visible to libc's getenv (and so to libgomp and child processes), not to {@link System#getenv}.
 */
public final class NativeBackend {
    /** JavaCPP's setting of which build of a native library to load (e.g. "-avx2", "" for generic). */
    static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** DL4J's switch for its layer helpers; "true" (its default) keeps them off. */
    static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";
    /** libgomp's setting of what idle OpenMP threads do; see the class comment. */
    static final String WAIT_POLICY = "OMP_WAIT_POLICY";
    private static final String RESOURCE = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64%s/libnd4jcpu.so";

    /** A build of libnd4j and the CPU flags it needs. */
    record Variant(String extension, Set<String> needs) {
        String label() { return extension.isEmpty() ? "generic" : extension.substring(1); }
    }

    /** Fastest first, as measured on the presets' networks (bench/README.md). */
    static final List<Variant> PREFERENCE = List.of(
            new Variant("-onednn", Set.of()), // oneDNN dispatches on the CPU at run time itself
            new Variant("-avx512", Set.of("avx512f", "avx512bw", "avx512dq", "avx512vl", "avx2", "fma")),
            new Variant("-avx2", Set.of("avx2", "fma")));

    private static volatile String backend;
    private static volatile String variant = "default";

    private NativeBackend() { }

    /** Loads the libraries if not yet done; the simple name of the backend, e.g. CpuBackend. */
    public static synchronized String load() {
        if (backend == null) {
            variant = chooseVariant();
            if (isCpuBuild()) passiveOpenMpWait();
            // CPU only: the CUDA build has no DL4J cuDNN helper jar, and each layer would warn that it is missing
            if (isCpuBuild() && System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
                System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
            }
            // a product too: BLAS may be set up on first use rather than by ND4J's initialiser
            Nd4j.ones(2, 2).mmul(Nd4j.ones(2, 2));
            backend = Nd4j.getBackend().getClass().getSimpleName();
        }
        return backend;
    }

    // before libnd4j (and with it libgomp) is loaded, and only if the user has not chosen
    private static void passiveOpenMpWait() {
        if (System.getenv(WAIT_POLICY) != null || nativeEnv(WAIT_POLICY) != null) return;
        try {
            NativeLibrary.getInstance("c").getFunction("setenv").invokeInt(new Object[] {WAIT_POLICY, "PASSIVE", 0});
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // no libc through JNA (not Linux): libgomp keeps its default, active waiting
        }
    }

    /** A variable of the process environment as native code sees it (libc getenv), null if unset or unreadable. */
    static String nativeEnv(String name) {
        try {
            return NativeLibrary.getInstance("c").getFunction("getenv").invokeString(new Object[] {name}, false);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return null;
        }
    }

    /** Whether DL4J's layer helpers (oneDNN / cuDNN) are on. */
    public static boolean helpersOn() {
        load();
        return !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY, "true"));
    }

    public static boolean isLoaded() {
        return backend != null;
    }

    /**
     * Which build of libnd4j is in use, e.g. "onednn", "avx2", "generic", "set by the user: -avx2",
     * or "default" where there is no choice (the CUDA build, another platform).
     */
    public static String variant() {
        load();
        return variant;
    }

    private static String chooseVariant() {
        String own = System.getProperty(EXTENSION_PROPERTY);
        if (own != null) return "set by the user: " + (own.isEmpty() ? "generic" : own);
        Predicate<String> onClasspath = NativeBackend::onClasspath;
        if (!isCpuBuild()) return "default"; // not the Linux x86-64 CPU build
        Variant v = choose(cpuFlags(), onClasspath);
        System.setProperty(EXTENSION_PROPERTY, v.extension());
        return v.label();
    }

    private static boolean onClasspath(String extension) {
        return NativeBackend.class.getClassLoader().getResource(String.format(RESOURCE, extension)) != null;
    }

    private static boolean isCpuBuild() {
        return onClasspath("");
    }

    /** The first preferred variant the CPU can run and the classpath holds, else the generic build. */
    static Variant choose(Set<String> cpuFlags, Predicate<String> onClasspath) {
        for (Variant v : PREFERENCE) {
            if (cpuFlags.containsAll(v.needs()) && onClasspath.test(v.extension())) return v;
        }
        return new Variant("", Set.of());
    }

    /** The CPU's feature flags from /proc/cpuinfo; none when unreadable (then only builds needing none qualify). */
    static Set<String> cpuFlags() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) return parseFlags(line);
            }
        } catch (IOException | SecurityException e) {
            // not Linux or not readable: the safe choice follows from no flags
        }
        return Set.of();
    }

    static Set<String> parseFlags(String line) {
        int colon = line.indexOf(':');
        return new HashSet<>(Arrays.asList(line.substring(colon + 1).trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }
}
