package org.cepheus.learn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes predictions as CSV: id,predicted,probability,flag,p_CLASS... (flags joined by ';'). */
public final class PredictionsCsv {
    private PredictionsCsv() { }

    public static void write(Path file, List<String> classNames, List<Prediction> predictions) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
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
            }
            ModelBundle.moveAtomically(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String quote(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
