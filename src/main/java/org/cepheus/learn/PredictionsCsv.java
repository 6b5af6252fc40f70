package org.cepheus.learn;

import org.cepheus.service.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes predictions as CSV: id,predicted,probability,flag,p_CLASS... (flags joined by ';'). */
public final class PredictionsCsv {
    private PredictionsCsv() { }

    public static void write(Path file, List<String> classNames, List<Prediction> predictions) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("id,predicted,probability,flag");
            for (String c : classNames) w.write(",p_" + quote(c));
            w.write("\n");
            for (Prediction p : predictions) {
                w.write(quote(p.id()) + "," + quote(p.predicted()) + ","
                        + String.format(Locale.ROOT, "%.4f", p.probability()) + ","
                        + p.flags().stream().sorted().map(Prediction.Flag::code).collect(Collectors.joining(";")));
                for (float v : p.probabilities()) w.write(String.format(Locale.ROOT, ",%.4f", v));
                w.write("\n");
            }
        });
    }

    static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
