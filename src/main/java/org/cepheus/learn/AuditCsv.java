package org.cepheus.learn;

import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the audit ranking as CSV: rank,id,given,suggested,suspicion,issue,p_given,threshold_given,
 * p_suggested,period_days,amplitude_mag,colour_mag,fold,p_CLASS... (evidence empty when unknown).
 */
public final class AuditCsv {
    private AuditCsv() { }

    public static void write(Path file, AuditResult r) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CsvWriter csv = new CsvWriter(w);
            csv.texts("rank", "id", "given", "suggested", "suspicion", "issue", "p_given", "threshold_given", "p_suggested",
                    "period_days", "amplitude_mag", "colour_mag", "fold");
            for (String c : r.classNames()) csv.text("p_" + c);
            csv.endRow();
            for (AuditResult.Row row : r.rows()) {
                int g = r.classNames().indexOf(row.given());
                csv.number(row.rank()).text(row.id()).text(row.given()).text(row.suggested()).number(row.suspicion(), 4)
                        .text(row.issue() ? "yes" : "no").number(row.probabilities()[g], 4).number(r.thresholds()[g], 4)
                        .number(row.probabilityOf(r.classNames(), row.suggested()), 4)
                        .number(row.period(), 6).number(row.amplitude(), 4).number(row.colour(), 4).number(row.fold());
                for (float v : row.probabilities()) csv.number(v, 4);
                csv.endRow();
            }
        });
    }
}
