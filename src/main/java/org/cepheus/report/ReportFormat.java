package org.cepheus.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The four report formats, chosen by the output file's extension. */
public enum ReportFormat {
    HTML(".html"), PDF(".pdf"), CSV(".csv"), JSON(".json");

    private final String extension;

    ReportFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    /** The format of a file name (.htm counts as .html); anything else is refused naming the four. */
    public static ReportFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".htm")) return HTML;
        for (ReportFormat f : values()) if (name.endsWith(f.extension)) return f;
        throw new IllegalArgumentException("cannot tell the report format of " + file
                + ": name it .html, .pdf, .csv or .json");
    }

    /** Writes the report in this format, atomically (temporary file, then move). */
    public void write(ReportModel report, Path file) throws IOException {
        switch (this) {
            case HTML -> HtmlReport.write(report, file);
            case PDF -> PdfReport.write(report, file);
            case CSV -> ReportCsv.write(report, file);
            case JSON -> ReportJson.write(report, file);
        }
    }
}
