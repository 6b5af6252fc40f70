package org.cepheus.learn;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Software versions and the ND4J backend, for bundles, the "info" command and the GUI; the only
 * way code outside learn reaches ND4J (see ArchitectureTest).
 */
public final class Versions {
    private Versions() { }

    public static String cepheus() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** DL4J version from the deeplearning4j-nn jar's Maven metadata. */
    public static String dl4j() {
        try (InputStream in = Versions.class.getClassLoader().getResourceAsStream(
                "META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Simple name of the active ND4J backend, e.g. CpuBackend or CudaBackend. */
    public static String backend() {
        return NativeBackend.load();
    }

    /** Which build of libnd4j runs (onednn, avx512, avx2, generic; see {@link NativeBackend#variant()}). */
    public static String nativeVariant() {
        return NativeBackend.variant();
    }

    /** ND4J's description of its environment (devices, BLAS, threads), sorted by key. */
    public static Map<String, String> backendEnvironment() {
        Map<String, String> sorted = new java.util.TreeMap<>();
        Nd4j.getExecutioner().getEnvironmentInformation().forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
        return sorted;
    }

    public static Map<String, String> software() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cepheus", cepheus());
        m.put("dl4j", dl4j());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
