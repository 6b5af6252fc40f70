package org.cepheus.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CurveFilters;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.EpochStats;
import org.cepheus.learn.ModelKind;
import org.cepheus.learn.ModelKinds;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.learn.TrainingJob;
import org.cepheus.learn.TrainingOutcome;
import org.cepheus.ui.BackendInfo;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.FxTrainingListener;
import org.cepheus.ui.JobTask;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.TrainingCharts;
import org.controlsfx.control.CheckListView;

/**
 * Training: choose classes and model kind, edit the preset, start and stop; live loss and score
 * charts, ETA, the backend in use and where the model was saved. Training runs in the core
 * (TrainingJob); this view only watches it through a coalescing listener.
 */
public final class TrainingView extends BorderPane implements FxTrainingListener.Sink {
    private final Workspace workspace;
    private final CheckListView<String> classes = new CheckListView<>();
    private final Map<String, String> classOfItem = new LinkedHashMap<>();
    private final ComboBox<ModelKind> model = new ComboBox<>(FXCollections.observableArrayList(ModelKinds.all()));
    private final Label modelDescription = new Label();
    private final Spinner<Integer> perClass = new Spinner<>(0, 100_000, 0, 10);
    private final PresetSheet preset;
    private final TextField output = new TextField();
    private final Button start = new Button("Start training");
    private final Button stop = new Button("Stop");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Not started");
    private final Label eta = new Label();
    private final Label saved = new Label();
    private final Label backend = new Label("Backend: checking…");
    private final Label gpuNote = new Label();
    private final TrainingCharts charts = new TrainingCharts();
    private final Label testStarsNote = new Label();
    private final Button testStarsClear = new Button("Use the preset's split");
    private Path testOf; // the model whose test stars are reused, or null
    private java.util.Set<String> testIds; // null: the preset's split
    private JobTask<TrainingOutcome> running;
    private FxTrainingListener listener;
    private int plannedEpochs;

    public TrainingView(Workspace workspace) {
        this.workspace = workspace;
        this.preset = new PresetSheet(workspace.errors());
        getStyleClass().add("training-view");
        ScrollPane settings = new ScrollPane(controls());
        settings.setFitToWidth(true);
        BorderPane left = new BorderPane(settings);
        left.setBottom(runBox());
        left.setMinWidth(340);
        left.setPrefWidth(380);
        setLeft(left);
        setCenter(chartsPane());
        workspace.catalogProperty().addListener((o, was, now) -> {
            testOnTestStarsOf(null, null); // another catalog: the preset's split again
            fillClasses(now);
            ModelKind kind = model.getValue();
            if (kind != null && output.getText().equals(defaultShown)) showDefaultOutput(kind);
        });
        fillClasses(workspace.catalog());
        classes.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> describeTestStars());
        perClass.valueProperty().addListener((o, was, now) -> describeTestStars());
        model.getSelectionModel().selectedItemProperty().addListener((o, was, kind) -> kindChosen(kind));
        model.getSelectionModel().select(ModelKinds.CNN_LSTM);
        BackendInfo.describe(workspace.jobs(), this::showBackend);
    }

    private VBox controls() {
        classes.setPrefHeight(170);
        classes.setId("trainingClasses");
        model.setId("modelKind");
        model.setMaxWidth(Double.MAX_VALUE);
        model.setCellFactory(l -> new KindCell());
        model.setButtonCell(new KindCell());
        modelDescription.setWrapText(true);
        modelDescription.getStyleClass().add("hint");
        perClass.setEditable(true);
        perClass.setId("perClass");
        perClass.setPrefWidth(110);
        output.setId("modelOutput");
        Button browse = new Button("…");
        browse.setOnAction(e -> chooseOutput());
        HBox out = new HBox(4, output, browse);
        HBox.setHgrow(output, Priority.ALWAYS);
        start.setId("startTraining");
        start.setDefaultButton(true);
        start.setOnAction(e -> start());
        stop.setId("stopTraining");
        stop.setDisable(true);
        stop.setOnAction(e -> stop());
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("trainingStatus");
        status.setWrapText(true);
        eta.setWrapText(true);
        saved.setId("savedModel");
        saved.setWrapText(true);
        backend.setId("backend");
        backend.setWrapText(true);
        gpuNote.setWrapText(true);
        gpuNote.getStyleClass().add("backend-note");
        gpuNote.setVisible(false);
        gpuNote.setManaged(false);
        testStarsNote.setId("trainingTestStars");
        testStarsNote.setWrapText(true);
        testStarsNote.getStyleClass().add("backend-note");
        testStarsClear.setId("trainingTestStarsClear");
        testStarsClear.setOnAction(e -> testOnTestStarsOf(null, null));
        VBox testStars = new VBox(4, testStarsNote, testStarsClear);
        testStars.visibleProperty().bind(testStarsNote.textProperty().isNotEmpty());
        testStars.managedProperty().bind(testStars.visibleProperty());
        GridPane cap = new GridPane();
        cap.setHgap(8);
        cap.addRow(0, new Label("Max stars per class (0 = all)"), perClass);
        VBox box = new VBox(8,
                section("Data"), new Label("Classes of the open catalog:"), classes, cap, testStars,
                section("Model"), model, modelDescription,
                section("Hyper-parameters (preset)"), preset.node(),
                section("Output"), out,
                section("Compute"), backend, gpuNote);
        box.setPadding(new Insets(10));
        return box;
    }

    /** Start/stop and the run's state stay in view below the scrolling settings. */
    private VBox runBox() {
        HBox buttons = new HBox(8, start, stop);
        VBox box = new VBox(6, buttons, progress, status, eta, saved);
        box.setPadding(new Insets(8, 10, 10, 10));
        box.getStyleClass().add("run-box");
        return box;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private SplitPane chartsPane() {
        ChartPane iterations = new ChartPane();
        iterations.setChart(charts.iterationChart());
        iterations.setId("iterationLossChart");
        ChartPane epochs = new ChartPane();
        epochs.setChart(charts.epochLossChart());
        ChartPane scores = new ChartPane();
        scores.setChart(charts.scoreChart());
        SplitPane bottom = new SplitPane(epochs, scores);
        SplitPane all = new SplitPane(iterations, bottom);
        all.setOrientation(javafx.geometry.Orientation.VERTICAL);
        return all;
    }

    private void fillClasses(Catalog catalog) {
        classOfItem.clear();
        List<String> items = new ArrayList<>();
        if (catalog != null) {
            Map<String, Integer> starsPerClass = new LinkedHashMap<>();
            catalog.byStar().values().forEach(bands -> {
                String label = bands.get(0).label();
                if (label != null) starsPerClass.merge(label, 1, Integer::sum);
            });
            starsPerClass.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                String item = e.getKey() + "  (" + e.getValue() + ")";
                classOfItem.put(item, e.getKey());
                items.add(item);
            });
        }
        classes.getItems().setAll(items);
        items.forEach(i -> classes.getCheckModel().check(i));
    }

    private void kindChosen(ModelKind kind) {
        if (kind == null) return;
        modelDescription.setText(kind.description());
        try {
            preset.setConfig(TrainingConfig.preset(kind.id()));
        } catch (RuntimeException e) {
            workspace.errors().error("Preset of " + kind.displayName(), e);
        }
        showDefaultOutput(kind);
    }

    private String defaultShown = "";

    private void showDefaultOutput(ModelKind kind) {
        defaultShown = defaultOutput(workspace.modelsFolder(), kind.id(),
                workspace.catalog() == null ? null : workspace.catalog().name(), java.time.LocalDate.now()).toString();
        output.setText(defaultShown);
    }

    /**
     * Where a new model goes unless the user says otherwise: KIND-CATALOG-DATE.zip in the models
     * folder, with -2, -3 ... added rather than replacing an earlier model.
     */
    static Path defaultOutput(Path folder, String kind, String catalog, java.time.LocalDate date) {
        String stem = kind + (catalog == null ? "" : "-" + catalog.replaceAll("[^A-Za-z0-9._-]+", "_")) + "-" + date;
        Path p = folder.resolve(stem + ".zip");
        for (int i = 2; java.nio.file.Files.exists(p); i++) p = folder.resolve(stem + "-" + i + ".zip");
        return p;
    }

    /** True when nothing would be replaced, or the user agreed to replace the existing model. */
    private boolean mayWrite(Path out) {
        if (!java.nio.file.Files.exists(out)) return true;
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "A file already exists at\n" + out.toAbsolutePath() + "\nReplace it with the model of this run? "
                        + "(It is replaced only when training ends.)",
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setHeaderText("Replace the existing model?");
        ask.setTitle("Cepheus");
        if (getScene() != null) ask.initOwner(getScene().getWindow());
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    private void chooseOutput() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cepheus model bundle", "*.zip"));
        var f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) output.setText(f.toString());
    }

    /** Starts training on the checked classes (at most the cap per class). */
    public void start() {
        preset.commitPendingEdit(); // Enter in a field must not start with the old value
        Catalog catalog = workspace.catalog();
        if (catalog == null) {
            workspace.errors().show("Nothing to train on", "Open a labelled catalog first (File ▸ Open).");
            return;
        }
        Catalog subset = subset(catalog);
        if (subset.isEmpty()) {
            workspace.errors().show("Nothing to train on", "No labelled star of the checked classes.");
            return;
        }
        if (testIds != null && testStarsPresent() == 0) {
            workspace.errors().show("Not started", testStarsNote.getText() + ".");
            return;
        }
        TrainingConfig config = preset.config();
        if (output.getText().isBlank()) showDefaultOutput(config.kind());
        Path out = Path.of(output.getText().trim());
        if (!mayWrite(out)) {
            status.setText("Not started: choose another file to save the model to");
            return;
        }
        charts.clear();
        plannedEpochs = config.epochs();
        saved.setText("");
        eta.setText("");
        lastEpoch = null;
        status.setText(String.format("Training %s on %,d stars…", config.kind().displayName(), subset.byStar().size()));
        FxTrainingListener listener = new FxTrainingListener(this);
        this.listener = listener;
        java.util.Set<String> tested = testIds;
        running = workspace.jobs().start("Training", monitor -> {
            // the app's own default folder is made on first use; a folder the user typed must exist
            Path folder = out.toAbsolutePath().getParent();
            if (folder.equals(workspace.modelsFolder().toAbsolutePath())) java.nio.file.Files.createDirectories(folder);
            return new TrainingJob(subset, config, out, listener).features(workspace.features()).testStars(tested)
                    .threads(workspace.threads()).run(monitor);
        }, outcome -> { });
        progress.progressProperty().bind(running.progressProperty());
        start.setDisable(true);
        stop.setDisable(false);
        running.setOnFailed(e -> idle("Training failed: see the message"));
    }

    /**
     * Tests the next run on exactly these stars, the held-back test stars of the model {@code of}
     * (e.g. the one trained before a label review), the rest split into training and validation in
     * the preset's proportion: what {@code train --test-stars-of} does. Null: the preset's split.
     */
    public void testOnTestStarsOf(Path of, java.util.Set<String> ids) {
        testIds = of == null ? null : java.util.Set.copyOf(ids);
        testOf = of;
        describeTestStars();
    }

    /**
     * Says how many of the reused test stars the next run would really test on (those among the
     * checked classes of the open catalog), as soon as they are chosen or the classes change,
     * rather than after training, when the comparison finds none in common.
     */
    private void describeTestStars() {
        if (testIds == null) {
            testStarsNote.setText("");
            return;
        }
        int present = testStarsPresent();
        String of = testOf.getFileName().toString();
        if (present == 0) {
            testStarsNote.setText(String.format(java.util.Locale.ROOT, "None of the %,d held-back test stars of %s is among "
                    + "the checked classes of the open catalog: open the catalog that model was trained on, or use the preset's split",
                    testIds.size(), of));
        } else if (present < testIds.size()) {
            testStarsNote.setText(String.format(java.util.Locale.ROOT, "Tested on %,d of the %,d held-back test stars of %s "
                    + "(the other %,d are not among the checked classes of the open catalog); the comparison uses the stars both have",
                    present, testIds.size(), of, testIds.size() - present));
        } else {
            testStarsNote.setText(String.format(java.util.Locale.ROOT,
                    "Tested on the %,d held-back test stars of %s (so the two models can be compared on the same stars)",
                    testIds.size(), of));
        }
    }

    /** Reused test stars among the stars the next run would train on (0 without a catalog). */
    private int testStarsPresent() {
        Catalog catalog = workspace.catalog();
        if (catalog == null || testIds == null) return 0;
        int present = 0;
        for (String id : subset(catalog).byStar().keySet()) if (testIds.contains(id)) present++;
        return present;
    }

    /** The stars the next run is tested on, or null for the preset's split. */
    public java.util.Set<String> testStars() { return testIds; }

    private Catalog subset(Catalog catalog) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        for (String item : classes.getCheckModel().getCheckedItems()) wanted.add(classOfItem.get(item));
        int cap = perClass.getValue() == null ? 0 : perClass.getValue();
        List<LightCurve> curves = new ArrayList<>();
        for (List<LightCurve> star : catalog.byStar().values()) {
            String label = star.get(0).label();
            if (label != null && wanted.contains(label)) curves.addAll(star);
        }
        // the same stars as the command line's --per-class-cap keeps
        return new Catalog(catalog.name(), CurveFilters.perClassCap(curves, cap), List.of());
    }

    public void stop() {
        if (running != null) {
            running.cancel();
            status.setText("Stopping after this minibatch…");
        }
    }

    private void idle(String message) {
        progress.progressProperty().unbind();
        progress.setProgress(0);
        start.setDisable(false);
        stop.setDisable(true);
        status.setText(message);
    }

    @Override
    public void iterations(List<FxTrainingListener.Iteration> batch) {
        double[] x = new double[batch.size()], y = new double[batch.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = batch.get(i).iteration();
            y[i] = batch.get(i).loss();
        }
        charts.addIterations(x, y);
        FxTrainingListener.Iteration last = batch.get(batch.size() - 1);
        if (running != null && running.isRunning()) {
            status.setText(String.format("Epoch %d of %d, iteration %,d, loss %.4f", last.epoch(), plannedEpochs,
                    last.iteration(), last.loss()));
        }
    }

    @Override
    public void epoch(EpochStats s) {
        charts.addEpoch(s.epoch(), s.trainLoss(), s.valLoss(), s.valAccuracy(), s.valMacroF1());
        lastEpoch = s;
        eta.setText(epochSummary(s, "Epoch") + " · ETA " + duration(s.etaSeconds()));
    }

    private EpochStats lastEpoch;

    private static String epochSummary(EpochStats s, String epochWord) {
        return String.format(epochWord + " %d: val accuracy %.3f, val macro-F1 %.3f%s · %.1f s/epoch",
                s.epoch(), s.valAccuracy(), s.valMacroF1(), s.improved() ? " (best)" : "", s.seconds());
    }

    @Override
    public void finished(TrainingOutcome outcome) {
        String how = switch (outcome.status()) {
            case COMPLETED -> "Training finished";
            case EARLY_STOPPED -> "Training stopped early (no improvement)";
            case CANCELLED -> "Training stopped by you";
            case FAILED -> "Training failed: " + outcome.error();
        };
        if (outcome.bestEpoch() > 0) how += String.format("; best epoch %d (score %.3f)", outcome.bestEpoch(), outcome.bestScore());
        idle(how);
        eta.setText(lastEpoch == null ? "" : "Last " + epochSummary(lastEpoch, "epoch")); // no ETA once nothing runs
        if (outcome.bundlePath() != null) {
            saved.setText("Model saved to " + outcome.bundlePath().toAbsolutePath());
            workspace.modelPathProperty().set(outcome.bundlePath());
        }
        if (outcome.test() != null) workspace.evaluationProperty().set(outcome.test());
    }

    private void showBackend(BackendInfo info) {
        backend.setText(info.summary());
        gpuNote.setText(info.gpuNote());
        gpuNote.setVisible(!info.gpuNote().isEmpty());
        gpuNote.setManaged(!info.gpuNote().isEmpty());
    }

    private static String duration(double seconds) {
        if (!(seconds >= 0)) return "—";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh %02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : s + " s";
    }

    private static final class KindCell extends ListCell<ModelKind> {
        @Override
        protected void updateItem(ModelKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(empty || kind == null ? null : kind.displayName());
        }
    }

    public TrainingCharts charts() { return charts; }
    public CheckListView<String> classes() { return classes; }
    public ComboBox<ModelKind> model() { return model; }
    public Spinner<Integer> perClass() { return perClass; }
    public TextField output() { return output; }
    public Label status() { return status; }
    public Label backend() { return backend; }
    public JobTask<TrainingOutcome> running() { return running; }
    /** The current run's listener (its delivery timing feeds the stall probes). */
    public FxTrainingListener listener() { return listener; }
    PresetSheet preset() { return preset; }

    /** Replaces the preset (tests and scripted runs, e.g. one quick epoch). */
    public void setConfig(TrainingConfig config) { preset.setConfig(config); }
    public TrainingConfig config() { return preset.config(); }
}
