package org.cepheus.ui.views;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.cepheus.learn.EvaluateJob;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.SplitPart;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.RawCurveChart;

/**
 * Evaluation: confusion matrix (counts or row-normalised) and per-class precision, recall, F1.
 * Clicking a cell lists the stars behind it; choosing one shows its raw curve and, beside it, the
 * curve folded at the star's period (its working period, else a period search in the background),
 * titled with its true and predicted class, and can open it in the star view.
 */
public final class EvaluationView extends BorderPane {
    /** One row of the per-class metrics table. */
    public record ClassMetrics(String name, double precision, double recall, double f1, int support) { }

    private final Workspace workspace;
    private final Consumer<StarRow> openStar;
    private final Label modelLabel = new Label("No model yet: train one or load a bundle");
    private final ComboBox<SplitPart> part = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final RadioButton counts = new RadioButton("counts");
    private final RadioButton normalised = new RadioButton("normalised");
    private final Label summary = new Label();
    private final ConfusionMatrixPane matrix = new ConfusionMatrixPane(this::cellClicked);
    private final TableView<ClassMetrics> metrics = new TableView<>();
    private final Label cellTitle = new Label("Click a cell of the matrix to list its stars");
    private final ListView<Prediction> cellStars = new ListView<>();
    private final ChartPane curve = new ChartPane();
    private final ChartPane folded = new ChartPane();
    private final org.cepheus.ui.LatestJob<Double> periodSearch;
    private final Button open = new Button("Open in star view");
    private EvaluationResult result;

    public EvaluationView(Workspace workspace, Consumer<StarRow> openStar) {
        this.workspace = workspace;
        this.openStar = openStar;
        this.periodSearch = new org.cepheus.ui.LatestJob<>(workspace.jobs(), "Period of the previewed star");
        getStyleClass().add("evaluation-view");
        setTop(toolbar());
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.55);
        setCenter(split);
        workspace.evaluationProperty().addListener((o, was, now) -> show(now));
        workspace.modelPathProperty().addListener((o, was, now) -> {
            modelLabel.setText("Model: " + now.getFileName());
            modelLabel.setTooltip(new javafx.scene.control.Tooltip(now.toAbsolutePath().toString()));
        });
        show(workspace.evaluationProperty().get());
    }

    private HBox toolbar() {
        Button load = new Button("Load model…");
        load.setOnAction(e -> chooseModel());
        part.getItems().setAll(SplitPart.TEST, SplitPart.ALL);
        part.getSelectionModel().select(SplitPart.TEST);
        part.setCellFactory(l -> new PartCell());
        part.setButtonCell(new PartCell());
        Button evaluate = new Button("Evaluate");
        evaluate.setId("evaluate");
        evaluate.setOnAction(e -> evaluate());
        ToggleGroup g = new ToggleGroup();
        counts.setToggleGroup(g);
        normalised.setToggleGroup(g);
        counts.setSelected(true);
        counts.setId("showCounts");
        normalised.setId("showNormalised");
        g.selectedToggleProperty().addListener((o, was, now) -> matrix.show(result, normalised.isSelected()));
        progress.setVisible(false);
        HBox.setHgrow(modelLabel, Priority.ALWAYS);
        modelLabel.setMaxWidth(Double.MAX_VALUE);
        Label on = new Label("on");
        Label show = new Label("show");
        org.cepheus.ui.ToolRow.keepWidth(load, on, part, evaluate, show, counts, normalised);
        HBox bar = new HBox(10, modelLabel, load, on, part, evaluate, progress, show, counts, normalised);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("tool-row");
        return bar;
    }

    private VBox left() {
        summary.getStyleClass().add("metric-summary");
        summary.setId("evaluationSummary");
        summary.setWrapText(true);
        ScrollPane matrixScroll = new ScrollPane(matrix);
        matrixScroll.setFitToWidth(false);
        matrixScroll.setPrefViewportHeight(360);
        metrics.getColumns().add(textColumn("class", ClassMetrics::name));
        metrics.getColumns().add(numberColumn("precision", ClassMetrics::precision));
        metrics.getColumns().add(numberColumn("recall", ClassMetrics::recall));
        metrics.getColumns().add(numberColumn("F1", ClassMetrics::f1));
        TableColumn<ClassMetrics, Integer> support = new TableColumn<>("support");
        support.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().support()));
        metrics.getColumns().add(support);
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metrics.setPrefHeight(230);
        metrics.setId("classMetrics");
        VBox box = new VBox(8, summary, matrixScroll, metrics);
        VBox.setVgrow(matrixScroll, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private static TableColumn<ClassMetrics, String> textColumn(String name, java.util.function.Function<ClassMetrics, String> f) {
        TableColumn<ClassMetrics, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        return c;
    }

    private static TableColumn<ClassMetrics, String> numberColumn(String name, java.util.function.ToDoubleFunction<ClassMetrics> f) {
        TableColumn<ClassMetrics, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(String.format("%.3f", f.applyAsDouble(x.getValue()))));
        c.getStyleClass().add("number-column");
        return c;
    }

    private VBox right() {
        cellTitle.getStyleClass().add("section-title");
        cellTitle.setWrapText(true);
        cellStars.setId("cellStars");
        cellStars.setPrefHeight(180);
        cellStars.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Prediction p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : String.format("%s   true %s → %s (p = %.2f)%s", p.id(), p.trueLabel(),
                        p.predicted(), p.probability(), p.isFlagged() ? "  ⚑" : ""));
            }
        });
        cellStars.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> showCurve(p));
        open.setDisable(true);
        open.setOnAction(e -> {
            Prediction p = cellStars.getSelectionModel().getSelectedItem();
            StarRow row = p == null ? null : workspace.star(p.id());
            if (row != null) openStar.accept(row);
        });
        curve.setId("cellCurve");
        folded.setId("cellFolded");
        HBox charts = new HBox(6, curve, folded);
        HBox.setHgrow(curve, Priority.ALWAYS);
        HBox.setHgrow(folded, Priority.ALWAYS);
        curve.setPrefWidth(300);
        folded.setPrefWidth(300);
        VBox box = new VBox(8, cellTitle, cellStars, charts, open);
        VBox.setVgrow(charts, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void show(EvaluationResult r) {
        result = r;
        matrix.show(r, normalised.isSelected());
        cellStars.getItems().clear();
        curve.setChart(null);
        folded.setChart(null);
        if (r == null) {
            summary.setText("No evaluation yet");
            metrics.getItems().clear();
            return;
        }
        summary.setText(String.format("accuracy %.3f · macro-F1 %.3f · macro precision %.3f · macro recall %.3f · %,d stars%s",
                r.accuracy(), r.macroF1(), r.macroPrecision(), r.macroRecall(), r.count(),
                r.skippedCount() > 0 ? String.format(" (%d of unknown classes skipped)", r.skippedCount()) : ""));
        List<ClassMetrics> rows = new java.util.ArrayList<>();
        for (int i = 0; i < r.classNames().size(); i++) {
            rows.add(new ClassMetrics(r.classNames().get(i), r.precision()[i], r.recall()[i], r.f1()[i], r.support()[i]));
        }
        metrics.getItems().setAll(rows);
    }

    /** Lists the stars of one confusion-matrix cell, and shows the first. */
    public void cellClicked(int trueIndex, int predictedIndex) {
        if (result == null) return;
        String t = result.classNames().get(trueIndex), p = result.classNames().get(predictedIndex);
        List<Prediction> stars = result.predictions().stream()
                .filter(x -> t.equals(x.trueLabel()) && p.equals(x.predicted())).toList();
        cellTitle.setText(String.format("%d star%s of class %s predicted as %s", stars.size(), stars.size() == 1 ? "" : "s", t, p));
        cellStars.getItems().setAll(stars);
        if (!stars.isEmpty()) cellStars.getSelectionModel().select(0);
        else showCurve(null);
    }

    private void showCurve(Prediction p) {
        StarRow row = p == null ? null : workspace.star(p.id());
        open.setDisable(row == null);
        periodSearch.cancel();
        if (row == null) {
            curve.setChart(null);
            folded.setChart(null);
            return;
        }
        String title = String.format("%s — true %s, predicted %s (p = %.2f)", p.id(), p.trueLabel(), p.predicted(), p.probability());
        curve.setChart(new RawCurveChart(title, row.bands()).chart());
        folded.setChart(null);
        double working = row.periodProperty().get();
        if (working > 0) {
            showFolded(row, working, "working period");
            return;
        }
        var options = org.cepheus.lightcurve.PeriodOptions.defaults();
        periodSearch.start(m -> {
            var r = org.cepheus.lightcurve.PeriodService.searchBands(org.cepheus.lightcurve.PeriodSearch.of(options), row.bands(), options, m);
            return r.ok() ? r.bestPeriod() : Double.NaN;
        }, period -> {
            if (period > 0) showFolded(row, period, options.method() + " best peak");
        });
    }

    /** The previewed star folded at a period (the band with most points), two cycles. */
    private void showFolded(StarRow row, double period, String source) {
        var lc = org.cepheus.lightcurve.PeriodSearch.mostPoints(row.bands());
        var f = org.cepheus.lightcurve.PhaseFold.fold(lc, period).twoCycles();
        folded.setChart(org.cepheus.ui.charts.FoldedCurveChart.create(String.format("folded at P = %.5f d (%s)", period, source),
                f.phase(), f.mag(), f.err(), null, null, false));
    }

    private void chooseModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Cepheus model bundle", "*.zip"));
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) workspace.modelPathProperty().set(f.toPath());
    }

    /** Evaluates the current model on the open catalog (its test part or all labelled stars). */
    public void evaluate() {
        Path model = workspace.modelPathProperty().get();
        if (model == null || workspace.catalog() == null) {
            workspace.errors().show("Cannot evaluate", "Open a labelled catalog and train or load a model first.");
            return;
        }
        var catalog = workspace.catalog();
        SplitPart which = part.getValue();
        showProgress(workspace.jobs().start("Evaluation", m -> new EvaluateJob(ModelBundle.load(model), catalog, which, workspace.features()).run(m),
                r -> workspace.evaluationProperty().set(r)));
    }

    private static final class PartCell extends ListCell<SplitPart> {
        @Override
        protected void updateItem(SplitPart p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p == SplitPart.TEST ? "the model's held-back test stars" : "all labelled stars");
        }
    }

    public ConfusionMatrixPane matrix() { return matrix; }
    public ListView<Prediction> cellStars() { return cellStars; }
    public ChartPane curve() { return curve; }
    public ChartPane folded() { return folded; }

    /** Whether a report can be written: an evaluation shown and its model known. */
    public boolean canExportReport() {
        return result != null && workspace.modelPathProperty().get() != null && workspace.catalog() != null;
    }

    /** File ▸ Export report…: asks for a file and writes the report of the evaluated model on the open catalog. */
    public void chooseReport() {
        ReportExport.chooseAndExport(this, workspace, canExportReport(), "Evaluate a model on the open catalog first.", this::exportReport);
    }

    /**
     * Writes the report of the model on the open catalog in the background (the stars are
     * classified again: the evaluation holds only the scored ones), scored on the chosen part.
     */
    public org.cepheus.ui.JobTask<Path> exportReport(Path file) {
        Path model = workspace.modelPathProperty().get();
        var catalog = workspace.catalog();
        SplitPart which = part.getValue();
        var task = ReportExport.start(workspace, file, null, model.toString(), catalog, null, which,
                f -> summary.setText(summary.getText().replaceFirst(" · report written to .*$", "") + " · report written to " + f.getFileName()));
        showProgress(task);
        return task;
    }

    private void showProgress(javafx.concurrent.Task<?> task) {
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        task.runningProperty().addListener((o, was, running) -> {
            if (!running) {
                progress.progressProperty().unbind();
                progress.setVisible(false);
            }
        });
    }
    public EvaluationResult result() { return result; }
}
