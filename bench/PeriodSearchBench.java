// Period search over all OGLE-IV LMC Cepheids: the fast generalized Lomb-Scargle on 200,000
// frequencies from 0.01 to 10 c/d, both cores; then the recovery rate of the cepFO4.dat periods.
// Run: mvn -q -o package -DskipTests && java -cp "target/cepheus.jar:target/lib/*" bench/PeriodSearchBench.java [ogleDir] [method] [choiceHarmonics]
// choiceHarmonics: the best peak is the listed one a Fourier series of that many harmonics fits best
// (0: the most powerful); default: the preset's (period.json peakAnalysis.choiceHarmonics).
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.cepheus.catalog.*;
import org.cepheus.lightcurve.*;
import org.cepheus.service.ProgressMonitor;

public class PeriodSearchBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/ogle-lmc-cep");
        String method = args.length > 1 ? args[1] : "gls";
        List<LightCurve> curves = CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE).curves();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        FrequencyGrid grid = FrequencyGrid.between(0.01, 10, 200_000);
        PeriodOptions options = PeriodOptions.defaults();
        if (args.length > 2) options = options.withPeakAnalysis(options.peakAnalysis().withChoiceHarmonics(Integer.parseInt(args[2])));
        PeriodSearch search = PeriodSearch.byName(method, options);
        System.out.println("choice among the top " + options.topK() + " peaks: "
                + (options.peakAnalysis().choiceHarmonics() == 0 ? "most powerful" : options.peakAnalysis().choiceHarmonics() + "-harmonic fit"));
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%d curves, grid %s, method %s, %d cores%n", curves.size(), grid, search.name(), cores);
        // warm-up: JIT and FFT tables
        IntStream.range(0, Math.min(60, curves.size())).parallel().forEach(i -> search.search(curves.get(i), grid));
        double[] best = new double[curves.size()];
        long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
        IntStream.range(0, curves.size()).parallel().forEach(i -> best[i] = search.search(curves.get(i), grid).bestPeriod());
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - c0) / 1e9;
        System.out.printf("%.2f s wall = %.1f curves/s; CPU %.2f s = %.1f curves/s per core; load average %.1f%n",
                secs, curves.size() / secs, cpu, curves.size() / cpu, os.getSystemLoadAverage());
        int known = 0, ok = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            Metadata md = curves.get(i).metadata();
            if (!md.hasPeriod()) continue;
            known++;
            double rel = Math.abs(best[i] - md.period()) / md.period();
            if (rel < 1e-3) ok++;
            else misses.add(String.format("%s P=%.6f found %.6f", curves.get(i).id(), md.period(), best[i]));
        }
        System.out.printf("recovered %d of %d catalog periods within |dP|/P < 1e-3 (%.2f%%)%n", ok, known, 100.0 * ok / known);
        misses.forEach(m -> System.out.println("  miss: " + m));
    }
}
