// Feature extraction of two builds of Cepheus in ONE JVM, rounds alternating A, B, A, B, ...: each
// build in its own class loader (its jar plus target/lib), one thread, the CRTS preset's extractor
// (4 harmonics, coarse search 1,8, choice among the top peaks by a 4-harmonic fit). Both builds
// see the same machine load, so on a shared machine the ratio of their best (and median) rounds
// is fairer than two separate processes. Prints thread CPU ms per star per round and the ratios;
// checks that both builds give the same feature vectors.
// Run: java bench/ExtractionAbBench.java A.jar B.jar target/lib CATALOG PER_CLASS_CAP ROUNDS
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ExtractionAbBench {

    /** One build: its class loader, an extractor and the stars, loaded through its own classes. */
    static final class Build {
        final String name;
        final Object extractor;
        final Method extract, scalars;
        final List<Object> stars = new ArrayList<>();

        Build(String jar, File lib, Path catalog, int cap) throws Exception {
            name = new File(jar).getName();
            List<URL> urls = new ArrayList<>();
            urls.add(new File(jar).toURI().toURL());
            for (File f : lib.listFiles((d, n) -> n.endsWith(".jar"))) urls.add(f.toURI().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> loader = cl.loadClass("org.cepheus.catalog.CatalogLoader");
            Class<?> opts = cl.loadClass("org.cepheus.catalog.CatalogLoader$Options");
            Class<?> monitor = cl.loadClass("org.cepheus.service.ProgressMonitor");
            Object none = monitor.getField("NONE").get(null);
            Object catalogObj = loader.getMethod("load", Path.class, opts, monitor)
                    .invoke(null, catalog, opts.getMethod("defaults").invoke(null), none);
            List<?> curves = (List<?>) catalogObj.getClass().getMethod("curves").invoke(catalogObj);
            Map<String, Integer> perClass = new HashMap<>();
            for (Object c : curves) {
                Object label = c.getClass().getMethod("label").invoke(c);
                String key = String.valueOf(label);
                if (perClass.merge(key, 1, Integer::sum) <= cap) stars.add(List.of(c));
            }
            Class<?> fe = cl.loadClass("org.cepheus.lightcurve.FeatureExtractor");
            Class<?> feo = cl.loadClass("org.cepheus.lightcurve.FeatureExtractor$Options");
            Class<?> pf = cl.loadClass("org.cepheus.lightcurve.PeriodFinder");
            Class<?> coarse = cl.loadClass("org.cepheus.lightcurve.PeriodFinder$Coarse");
            Object o = feo.getMethod("defaults", List.class).invoke(null, List.of(""));
            o = feo.getMethod("withChoiceHarmonics", Integer.class).invoke(o, 4);
            Object finder = pf.getMethod("gls", double.class, coarse).invoke(null, 5.0,
                    coarse.getConstructor(double.class, int.class).newInstance(1.0, 8));
            extractor = fe.getConstructor(feo, pf).newInstance(o, finder);
            extract = fe.getMethod("extract", List.class);
            scalars = cl.loadClass("org.cepheus.lightcurve.FeatureExtractor$Result").getMethod("scalars");
        }

        /** Thread CPU nanoseconds to extract every star; the vectors into out. */
        long round(ThreadMXBean mx, List<double[]> out) throws Exception {
            out.clear();
            long t0 = mx.getCurrentThreadCpuTime();
            for (Object s : stars) out.add((double[]) scalars.invoke(extract.invoke(extractor, s)));
            return mx.getCurrentThreadCpuTime() - t0;
        }
    }

    public static void main(String[] a) throws Exception {
        File lib = new File(a[2]);
        Path catalog = Path.of(a[3]);
        int cap = Integer.parseInt(a[4]), rounds = Integer.parseInt(a[5]);
        Build[] builds = {new Build(a[0], lib, catalog, cap), new Build(a[1], lib, catalog, cap)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int n = builds[0].stars.size();
        double[][] ms = new double[2][rounds];
        List<double[]> va = new ArrayList<>(), vb = new ArrayList<>();
        for (int w = 0; w < 2; w++) { builds[0].round(mx, va); builds[1].round(mx, vb); } // warm-up
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < 2; b++) {
                ms[b][r] = builds[b].round(mx, b == 0 ? va : vb) / 1e6 / n;
            }
            System.out.printf("round %2d  %s %.3f ms/star  %s %.3f ms/star  load %s%n", r, builds[0].name, ms[0][r],
                    builds[1].name, ms[1][r], new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).split(" ")[0]);
        }
        int differ = 0;
        for (int i = 0; i < n; i++) if (!Arrays.equals(va.get(i), vb.get(i))) differ++;
        double[] sa = ms[0].clone(), sb = ms[1].clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        System.out.printf("%d stars, %d rounds: best %.3f vs %.3f ms/star (B/A %.3f), median %.3f vs %.3f (B/A %.3f); feature vectors differing: %d%n",
                n, rounds, sa[0], sb[0], sb[0] / sa[0], sa[rounds / 2], sb[rounds / 2], sb[rounds / 2] / sa[rounds / 2], differ);
    }
}
