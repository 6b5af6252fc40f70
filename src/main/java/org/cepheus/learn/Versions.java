package org.cepheus.learn;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Software versions and backend, for bundles and the "info" command. */
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

    public static Map<String, String> software() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cepheus", cepheus());
        m.put("dl4j", dl4j());
        m.put("java", System.getProperty("java.version"));
        return m;
    }
}
