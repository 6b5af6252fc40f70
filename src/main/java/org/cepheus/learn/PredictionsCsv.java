package org.cepheus.learn;

import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes predictions as CSV: id,predicted,probability,novelty,flag,p_CLASS... (flags joined by ';';
 * novelty empty when the bundle has no novelty detector).
 */
public final class PredictionsCsv {
    private PredictionsCsv() { }

    public static void write(Path file, List<String> classNames, List<Prediction> predictions) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.texts("id", "predicted", "probability", "novelty", "flag");
            for (String c : classNames) csv.text("p_" + c);
            csv.endRow();
            for (Prediction p : predictions) {
                csv.text(p.id()).text(p.predicted()).number(p.probability(), 4);
                if (p.hasNovelty()) csv.number(p.novelty(), 4); else csv.text("");
                csv                        .text(p.flags().stream().sorted().map(Prediction.Flag::code).collect(Collectors.joining(";")));
                for (float v : p.probabilities()) csv.number(v, 4);
                csv.endRow();
            }
        });
    }
}
