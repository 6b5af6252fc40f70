package org.cepheus.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.cepheus.catalog.SavedMappings;
import org.cepheus.learn.FeatureStore;
import org.cepheus.learn.ThreadBudget;

/**
 * The JavaFX application. Arguments: an optional catalog path to open (default: the bundled
 * sample data) and {@code --screenshots DIR} to save a picture of every view and quit.
 */
public final class CepheusApp extends Application {
    private JobRunner jobs;
    private FeatureStore features;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        ErrorReporter errors = new ErrorReporter();
        jobs = new JobRunner(errors);
        // the process's settings are read here, once, and handed to the workspace
        Path home = Path.of(System.getProperty("user.home"));
        features = FeatureStore.fromSetting(System.getProperty("cepheus.featureCache"), home);
        ThreadBudget threads = Boolean.getBoolean("cepheus.allCoresForTraining") ? ThreadBudget.unchanged()
                : ThreadBudget.leavingOneCore(Runtime.getRuntime().availableProcessors());
        Workspace workspace = new Workspace(jobs, errors, features, threads, home.resolve("cepheus-models"));
        Workbench workbench = new Workbench(workspace, RecentCatalogs.userDefault(), mappings(home, errors));
        Scene scene = createScene(workbench);
        stage.setTitle("Cepheus — variable-star workbench");
        stage.getIcons().add(icon());
        stage.setScene(scene);
        errors.setOwner(stage);
        stage.show();

        String shots = option(args, "--screenshots");
        Path toOpen = args.stream().filter(a -> !a.startsWith("--") && !a.equals(shots)).findFirst()
                .map(Path::of).orElse(null);
        if (shots != null) {
            new ScreenshotTour(workbench, stage, Path.of(shots)).run(() -> stage.close());
        } else if (toOpen != null) {
            workbench.open(toOpen);
        } else {
            workbench.openSampleData();
        }
    }

    /** The user's kept column choices for tables (~/.cepheus/column-mappings.json); in memory when unreadable. */
    private static SavedMappings mappings(Path home, ErrorReporter errors) {
        Path file = home.resolve(".cepheus").resolve("column-mappings.json");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            return SavedMappings.in(file);
        } catch (java.io.IOException e) {
            errors.notify("Column choices not loaded", "cannot read " + file + " (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                    + "): choices made now are kept until the window closes");
            return SavedMappings.inMemory();
        }
    }

    /** The scene with the workbench's style sheet, sized for a laptop screen. */
    public static Scene createScene(Workbench workbench) {
        Scene scene = new Scene(workbench, 1280, 800);
        scene.getStylesheets().add(CepheusApp.class.getResource("/css/cepheus.css").toExternalForm());
        return scene;
    }

    public static Image icon() {
        return new Image(CepheusApp.class.getResourceAsStream("/icons/cepheus.png"));
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    @Override
    public void stop() {
        if (jobs != null) jobs.shutdown();
        if (features != null) features.close();
    }
}
