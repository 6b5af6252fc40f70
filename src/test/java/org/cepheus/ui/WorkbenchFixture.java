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
        ErrorReporter errors = new ErrorReporter();
        Workspace ws = new Workspace(new JobRunner(errors), errors);
        Workbench w = new Workbench(ws, new RecentCatalogs(Preferences.userRoot().node("cepheus-test/recent")));
        stage.setScene(CepheusApp.createScene(w));
        errors.setOwner(stage);
        stage.show();
        return w;
    }

    /** The app's sample catalog; the CRTS training set until sample-data/ exists in this checkout. */
    static Path sampleCatalog() {
        Path sample = TestData.sampleData();
        return Files.isDirectory(sample) ? sample : TestData.crts();
    }
}
