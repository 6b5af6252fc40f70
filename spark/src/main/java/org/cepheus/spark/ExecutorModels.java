package org.cepheus.spark;

import org.apache.spark.SparkFiles;
import org.cepheus.learn.ModelBundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model bundles loaded once per executor JVM (the network and its ND4J buffers are large; every
 * task of the executor shares them). The bundle is shipped with the job (SparkContext.addFile or
 * spark-submit --files) and found by its file name; a path every executor sees works too.
 */
final class ExecutorModels {
    private static final ConcurrentHashMap<String, ModelBundle> LOADED = new ConcurrentHashMap<>();

    private ExecutorModels() { }

    static ModelBundle get(String model) {
        return LOADED.computeIfAbsent(model, m -> {
            Path shipped = Path.of(SparkFiles.get(Path.of(m).getFileName().toString()));
            Path p = Files.isRegularFile(shipped) ? shipped : Path.of(m);
            try {
                return ModelBundle.load(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load model " + p + ": " + e.getMessage(), e);
            }
        });
    }
}
