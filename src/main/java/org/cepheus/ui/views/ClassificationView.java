package org.cepheus.ui.views;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.cepheus.learn.ClassifyJob;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.PredictionsCsv;
import org.cepheus.ui.JobTask;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.Workspace;

/**
 * Classification: load a model bundle, classify every star of the open catalog, see the answers
 * here and in the catalog table (predicted class, probability), export them as CSV or as a
 * report. The table filters to wrong answers, low probability, flagged stars or one predicted
 * class; a double-click opens the star in the star view.
 */
public final class ClassificationView extends BorderPane {
    private final Workspace workspace;
    private final Label modelLabel = new Label("No model loaded");
    private final Label modelDetails = new Label();
    private final Button classify = new Button("Classify open catalog");
    private final Button cancel = new Button("Cancel");
    private final Button export = new Button("Export CSV…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final TableView<Prediction> table = new TableView<>();
    private final javafx.collections.ObservableList<Prediction> rows = javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<Prediction> shown = new javafx.collections.transformation.FilteredList<>(rows);
    private final javafx.scene.control.ComboBox<String> filter = new javafx.scene.control.ComboBox<>();
    private final java.util.function.Consumer<StarRow> openStar;
    private ModelBundle bundle;
    private Path bundlePath;
    private List<Prediction> predictions = List.of();
    private JobTask<?> running;
    private JobTask<ModelBundle> loading;

    public ClassificationView(Workspace workspace) {
        this(workspace, row -> { });
    }

    /** @param openStar brings a star forward in the star view (a double-click on its row) */
    public ClassificationView(Workspace workspace, java.util.function.Consumer<StarRow> openStar) {
        this.workspace = workspace;
        this.openStar = openStar;
        getStyleClass().add("classification-view");
        Button load = new Button("Load model…");
        load.setOnAction(e -> chooseModel());
        classify.setId("classify");
        classify.setOnAction(e -> classify());
        cancel.setOnAction(e -> {
            if (running != null) running.cancel();
        });
        cancel.setDisable(true);
        export.setId("exportPredictions");
        export.setDisable(true);
        export.setOnAction(e -> chooseExport());
        progress.setVisible(false);
        HBox.setHgrow(modelLabel, Priority.ALWAYS);
        modelLabel.setMaxWidth(Double.MAX_VALUE);
        modelLabel.setId("classificationModel");
        // the bar cuts a long description ("RRd, R..."): the whole of it on hover and on a line below
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(modelLabel.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        modelLabel.setTooltip(whole);
        modelDetails.setId("classificationModelDetails");
        modelDetails.setWrapText(true);
        modelDetails.setMinHeight(Label.USE_PREF_SIZE);
        modelDetails.setStyle("-fx-padding: 0 8 4 8;");
        modelDetails.textProperty().bind(modelLabel.textProperty());
        org.cepheus.ui.ToolRow.keepWidth(load, classify, cancel, export);
        filter.setId("predictionFilter");
        filter.getItems().setAll(FILTERS);
        filter.getSelectionModel().select(0);
        filter.valueProperty().addListener((o, was, now) -> applyFilter());
        Label showLabel = new Label("show");
        org.cepheus.ui.ToolRow.keepWidth(showLabel, filter);
        HBox bar = new HBox(10, modelLabel, load, classify, progress, cancel, export, showLabel, filter);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-row");
        setTop(new javafx.scene.layout.VBox(bar, modelDetails));
        table.setId("predictionTable");
        table.setPlaceholder(new Label("Load a model bundle, then classify the open catalog"));
        table.setItems(shown);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Prediction> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) open(row.getItem());
            });
            return row;
        });
        setCenter(table);
        HBox bottom = new HBox(status);
        bottom.getStyleClass().add("status-bar");
        status.setId("classificationStatus");
        setBottom(bottom);
        workspace.modelPathProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(bundlePath)) load(now);
        });
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cepheus model bundle", "*.zip"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) load(f.toPath());
    }

    /** Loads a bundle in the background; a corrupt or foreign file is reported, not thrown. */
    public JobTask<ModelBundle> load(Path path) {
        modelLabel.setText("Loading " + path.getFileName() + "…");
        return loading = track(workspace.jobs().start("Loading model " + path.getFileName(), m -> ModelBundle.load(path), b -> {
            bundle = b;
            bundlePath = path;
            modelLabel.setText(String.format("Model: %s — %s, classes %s", path.getFileName(), b.kind().displayName(),
                    String.join(", ", b.classNames())));
            if (!path.equals(workspace.modelPathProperty().get())) workspace.modelPathProperty().set(path);
        }));
    }

    /** Classifies every star of the open catalog with the loaded bundle. */
    public void classify() {
        if (bundle == null || workspace.catalog() == null) {
            workspace.errors().show("Cannot classify", "Open a catalog and load a model bundle first.");
            return;
        }
        ModelBundle b = bundle;
        track(workspace.jobs().start("Classification", new ClassifyJob(b, workspace.catalog(), null, workspace.features()), p -> shown(b, p)));
    }

    /** Classifies as soon as the bundle of the workspace's model path is loaded. */
    public void classifyWhenLoaded() {
        if (bundle != null) {
            classify();
            return;
        }
        var path = workspace.modelPathProperty().get();
        if (path == null) return;
        JobTask<ModelBundle> task = loading != null && loading.isRunning() ? loading : load(path);
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> classify());
    }

    private void shown(ModelBundle b, List<Prediction> result) {
        predictions = result;
        buildColumns(b.classNames());
        rows.setAll(result);
        List<String> items = new java.util.ArrayList<>(FILTERS);
        for (String c : b.classNames()) items.add(CLASS_PREFIX + c);
        String was = filter.getValue();
        filter.getItems().setAll(items);
        filter.getSelectionModel().select(items.contains(was) ? was : FILTERS.get(0));
        applyFilter();
        workspace.applyPredictions(result);
        long flagged = result.stream().filter(Prediction::isFlagged).count();
        status.setText(String.format("%,d stars classified, %,d flagged (low probability or unlike the training data)",
                result.size(), flagged));
        export.setDisable(result.isEmpty());
    }

    private void buildColumns(List<String> classes) {
        table.getColumns().clear();
        table.getColumns().add(column("id", Prediction::id));
        table.getColumns().add(column("true class", Prediction::trueLabel));
        table.getColumns().add(column("predicted", Prediction::predicted));
        table.getColumns().add(column("probability", p -> String.format("%.3f", p.probability())));
        // empty for bundles without a novelty detector; above the bundle's threshold the flag says novel
        TableColumn<Prediction, String> novelty = column("novelty", p -> p.hasNovelty() ? String.format("%.2f", p.novelty()) : "");
        novelty.setId("noveltyColumn");
        table.getColumns().add(novelty);
        TableColumn<Prediction, String> flag = column("flag", p -> p.flags().stream().map(Prediction.Flag::code).sorted()
                .reduce((a, c) -> a + "," + c).orElse(""));
        flag.setPrefWidth(160); // "few_points,cadence" was cut to "few..."
        flag.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null || v.isEmpty() ? null : new javafx.scene.control.Tooltip(v));
            }
        });
        table.getColumns().add(flag);
        for (int i = 0; i < classes.size(); i++) {
            int k = i;
            table.getColumns().add(column("p " + classes.get(i), p -> String.format("%.3f", p.probabilities()[k])));
        }
    }

    private static TableColumn<Prediction, String> column(String name, java.util.function.Function<Prediction, String> f) {
        TableColumn<Prediction, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export predictions");
        chooser.setInitialFileName("predictions.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) export(f.toPath());
    }

    /** Writes the predictions CSV (id,predicted,probability,novelty,flag,p_class...) atomically. */
    public JobTask<Path> export(Path file) {
        ModelBundle b = bundle;
        List<Prediction> p = predictions;
        return track(workspace.jobs().start("Export", m -> {
            PredictionsCsv.write(file, b.classNames(), p);
            return file;
        }, f -> status.setText("Predictions written to " + f.toAbsolutePath())));
    }

    private <T> JobTask<T> track(JobTask<T> task) {
        running = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        cancel.setDisable(false);
        classify.setDisable(true);
        task.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                progress.progressProperty().unbind();
                progress.setVisible(false);
                cancel.setDisable(true);
                classify.setDisable(false);
                if (task.getException() != null) modelLabel.setText(bundle == null ? "No model loaded" : modelLabel.getText());
            }
        });
        return task;
    }

    private static final String CLASS_PREFIX = "predicted ";
    static final List<String> FILTERS = List.of("all stars", "wrong answers", "low probability", "flagged");

    private void applyFilter() {
        String f = filter.getValue() == null ? FILTERS.get(0) : filter.getValue();
        shown.setPredicate(switch (f) {
            case "wrong answers" -> p -> p.trueLabel() != null && !p.isCorrect();
            case "low probability" -> p -> p.flags().contains(Prediction.Flag.LOW_PROBABILITY);
            case "flagged" -> Prediction::isFlagged;
            case "all stars" -> p -> true;
            default -> p -> f.substring(CLASS_PREFIX.length()).equals(p.predicted());
        });
        if (!rows.isEmpty()) {
            status.setText(String.format("%,d of %,d stars shown (%s); %,d flagged", shown.size(), rows.size(), f,
                    rows.stream().filter(Prediction::isFlagged).count()));
        }
    }

    /** Shows one of the filters: "all stars", "wrong answers", "low probability", "flagged" or "predicted CLASS". */
    public void showOnly(String choice) {
        filter.getSelectionModel().select(choice);
    }

    /** Opens the star of a prediction in the star view. */
    public void open(Prediction p) {
        StarRow row = p == null ? null : workspace.star(p.id());
        if (row != null) openStar.accept(row);
    }

    /** Whether a report can be written (predictions shown). */
    public boolean canExportReport() { return bundle != null && !predictions.isEmpty(); }

    /** File ▸ Export report…: asks for a file and writes the report of the shown classification. */
    public void chooseReport() {
        ReportExport.chooseAndExport(this, workspace, canExportReport(), "Classify the open catalog first.", this::exportReport);
    }

    /** Writes the report (format by the file name) of the shown predictions in the background. */
    public JobTask<Path> exportReport(Path file) {
        return track(ReportExport.start(workspace, file, bundle, bundlePath == null ? "" : bundlePath.toString(),
                workspace.catalog(), predictions, null, f -> status.setText("Report written to " + f.toAbsolutePath())));
    }

    public javafx.scene.control.ComboBox<String> filter() { return filter; }
    public TableView<Prediction> table() { return table; }
    public ModelBundle bundle() { return bundle; }
}
