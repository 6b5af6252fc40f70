package org.cepheus.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real command line (org.cepheus.Main) in a child JVM on the test class path, its output in a log file. */
final class ChildJvm {
    private ChildJvm() { }

    /** Starts {@code cepheus ARGS} with extra JVM options; stdout and stderr go to {@code log}. */
    static Process start(List<String> jvmOptions, Path log, String... args) throws IOException {
        return startMain(jvmOptions, log, "org.cepheus.Main", args);
    }

    /** Any main class of the test class path. */
    static Process startMain(List<String> jvmOptions, Path log, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Djava.awt.headless=true");
        String cache = System.getProperty("cepheus.featureCache");
        cmd.add("-Dcepheus.featureCache=" + (cache == null ? "off" : cache));
        cmd.addAll(jvmOptions);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end (at most {@code minutes}); the exit code. */
    static int run(List<String> jvmOptions, Path log, long minutes, String... args) throws Exception {
        return runMain(jvmOptions, log, minutes, "org.cepheus.Main", args);
    }

    static int runMain(List<String> jvmOptions, Path log, long minutes, String mainClass, String... args) throws Exception {
        Process p = startMain(jvmOptions, log, mainClass, args);
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("cepheus " + String.join(" ", args) + " did not finish in " + minutes + " min:\n" + read(log));
        }
        return p.exitValue();
    }

    static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
