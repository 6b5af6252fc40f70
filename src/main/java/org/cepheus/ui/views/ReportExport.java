package org.cepheus.ui.views;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cepheus.catalog.Catalog;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.SplitPart;
import org.cepheus.report.ReportBuilder;
import org.cepheus.report.ReportFormat;
import org.cepheus.report.ReportModel;
import org.cepheus.service.Job;
import org.cepheus.ui.JobTask;
import org.cepheus.ui.Workspace;

/** File ▸ Export report… of the Evaluation and Classification views: the format follows the file name. */
final class ReportExport {
    private ReportExport() { }

    /** The menu item's action: says why when there is nothing to report, else asks for a file and exports. */
    static void chooseAndExport(javafx.scene.Node view, Workspace workspace, boolean ready, String notReady,
                                java.util.function.Consumer<Path> export) {
        if (!ready) {
            workspace.errors().show("Nothing to report", notReady);
            return;
        }
        Path p = choose(view.getScene().getWindow(), workspace.catalog().name());
        if (p == null) return;
        try {
            export.accept(p);
        } catch (IllegalArgumentException e) {
            workspace.errors().show("Cannot export the report", e.getMessage());
        }
    }

    /** A save dialog offering the four formats; null when cancelled. */
    static Path choose(Window owner, String catalogName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export classification report");
        chooser.setInitialFileName("report-" + catalogName + ".html");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("HTML report (one self-contained file)", "*.html"),
                new FileChooser.ExtensionFilter("PDF report", "*.pdf"),
                new FileChooser.ExtensionFilter("CSV, one row per star (+ -metrics.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = chooser.showSaveDialog(owner);
        if (f == null) return null;
        String name = f.getName().toLowerCase(java.util.Locale.ROOT);
        boolean named = java.util.Arrays.stream(ReportFormat.values()).anyMatch(x -> name.endsWith(x.extension()));
        // a name typed without extension takes the chosen filter's (GTK dialogs add none)
        if (!named && !name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
            return f.toPath().resolveSibling(f.getName() + chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
        }
        return f.toPath();
    }

    /**
     * Builds and writes the report as a background job with progress; an unknown extension is
     * refused before any work (IllegalArgumentException). {@code bundle} null: loaded from
     * {@code modelFile}; {@code predictions} null: the catalog is classified first.
     */
    static JobTask<Path> start(Workspace workspace, Path file, ModelBundle bundle, String modelFile, Catalog catalog,
                               List<Prediction> predictions, SplitPart split, java.util.function.Consumer<Path> done) {
        ReportFormat format = ReportFormat.of(file);
        String name = workspace.catalogPathProperty().get() == null ? catalog.name() : workspace.catalogPathProperty().get().toString();
        Job<Path> job = m -> {
            ModelBundle b = bundle != null ? bundle : ModelBundle.load(Path.of(modelFile));
            List<Prediction> p = predictions != null ? predictions
                    : new org.cepheus.learn.Classifier(b, workspace.features()).classify(catalog, m.part(0, 0.5));
            ReportModel r = new ReportBuilder(b, modelFile, catalog, name, p, split)
                    .build(m.part(predictions != null ? 0 : 0.5, 0.95));
            format.write(r, file);
            m.progress(1, "report written");
            return file;
        };
        return workspace.jobs().start("Export report", job, done);
    }
}
