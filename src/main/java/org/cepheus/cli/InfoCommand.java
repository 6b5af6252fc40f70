package org.cepheus.cli;

import org.cepheus.learn.Versions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code cepheus info}: versions, the active ND4J backend, devices, threads and BLAS. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show versions, the compute backend (CPU/CUDA), devices, threads and BLAS library.")
public final class InfoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("cepheus:   " + Versions.cepheus());
        out.println("dl4j:      " + Versions.dl4j());
        out.println("java:      " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        out.println("os:        " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        out.println("backend:   " + Versions.backend());
        out.println("libnd4j:   " + Versions.nativeVariant() + " build (chosen by the CPU's flags; -Dorg.bytedeco.javacpp.platform.extension=-avx2|-avx512|-onednn| overrides)");
        out.println("environment (from ND4J):");
        Versions.backendEnvironment().forEach((k, v) -> out.println("  " + k + ": " + v));
        out.println("cores:     " + Runtime.getRuntime().availableProcessors() + " available to Java");
        out.flush();
        return 0;
    }
}
