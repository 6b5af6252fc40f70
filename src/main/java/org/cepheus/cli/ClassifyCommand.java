package org.cepheus.cli;

import org.cepheus.catalog.Catalog;
import org.cepheus.learn.ClassifyJob;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code cepheus classify}: apply a model to a catalog, writing predictions with probabilities and flags. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify every curve of a catalog: CSV id,predicted,probability,novelty,flag,p_<class>...")
public final class ClassifyCommand implements Callable<Integer> {
    @ParentCommand CepheusCommand root;
    @Spec CommandSpec spec;

    @Mixin ModelCatalogArgs data;
    @Option(names = "--out", required = true, paramLabel = "predictions.csv", description = "CSV of one row per star: predicted class, probability, flags, every class probability.") Path out;

    @Override
    public Integer call() throws Exception {
        try (CliMonitor monitor = new CliMonitor(System.err).cancelOnInterrupt(Thread.currentThread())) {
            return call(monitor);
        }
    }

    private Integer call(CliMonitor monitor) throws Exception {
        ModelBundle bundle = data.loadModel();
        Catalog cat = data.loadCatalog(monitor, spec.commandLine().getErr());
        List<Prediction> preds = new ClassifyJob(bundle, cat, out, root.features()).run(monitor);
        Map<String, Integer> byClass = new TreeMap<>();
        int flagged = 0;
        for (Prediction p : preds) {
            byClass.merge(p.predicted(), 1, Integer::sum);
            if (p.isFlagged()) flagged++;
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println(preds.size() + " stars classified (" + flagged + " flagged): " + byClass + "; written to " + out);
        w.flush();
        return 0;
    }
}
