package org.cepheus.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.cepheus.TestData;

/** A workbench in a test stage, with preferences kept apart from the user's. */
final class WorkbenchFixture {
    private WorkbenchFixture() { }

    static Workbench show(Stage stage) {
        return show(stage, 0, 0);
    }

    /** At a window size (0: the scene's own 1280 x 800). */
    static Workbench show(Stage stage, double width, double height) {
        ErrorReporter errors = new ErrorReporter();
        Workspace ws = new Workspace(new JobRunner(errors), errors);
        Workbench w = new Workbench(ws, new RecentCatalogs(Preferences.userRoot().node("cepheus-test/recent")));
        stage.setScene(CepheusApp.createScene(w));
        errors.setOwner(stage);
        if (width > 0) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.show();
        return w;
    }

    /** The app's sample catalog; the CRTS training set until sample-data/ exists in this checkout. */
    static Path sampleCatalog() {
        Path sample = TestData.sampleData();
        return Files.isDirectory(sample) ? sample : TestData.crts();
    }
}
