package org.cepheus.ui.views;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CuratedLabels;
import org.cepheus.learn.AuditResult;
import org.cepheus.learn.LabelAuditJob;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.ui.JobTask;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.ToolRow;
import org.cepheus.ui.Workspace;

/**
 * The label review queue: runs the label audit on the open catalog, then shows its suspects one by
 * one (raw and folded curve, periodogram, the out-of-fold class probabilities, the evidence) with
 * keep (K), relabel as… (R), exclude (X) and skip (S). Every decision is written at once to a
 * curated labels file beside the catalog, with provenance; the user's own labels are never
 * written. "Train on the curated labels" hands the relabelled catalog to the training view.
 */
public final class ReviewView extends BorderPane {
    private final Workspace workspace;
    private final ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList("period-features", "cnn-lstm", "cnn2d", "hybrid"));
    private final Spinner<Integer> folds = new Spinner<>(2, 10, 5);
    private final Button run = new Button("Run audit");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("Run the audit to rank the labels most likely wrong");
    private final ListView<AuditResult.Row> queue = new ListView<>();
    private final Label heading = new Label();
    private final Label evidence = new Label();
    private final VBox probabilities = new VBox(2);
    private final BandChoice bands = new BandChoice(this::redraw);
    private final RawCurvePane raw = new RawCurvePane(bands);
    private final FoldedPane folded;
    private final PeriodogramPane periodogram;
    private final ComboBox<String> relabelAs = new ComboBox<>();
    private final TextField reason = new TextField();
    private final Button keep = new Button("Keep (K)");
    private final Button relabel = new Button("Relabel as (R)");
    private final Button exclude = new Button("Exclude (X)");
    private final Button skip = new Button("Skip (S)");
    private final Button train = new Button("Train on the curated labels");
    private final HBox actions = new HBox();
    private final java.util.function.BiConsumer<Catalog, Path> trainOn;
    private final ComparisonPane comparison = new ComparisonPane();
    private final Label beforeLabel = new Label("before: none");
    private final Label afterLabel = new Label("after: none");
    private final Button chooseBefore = new Button("Before model…");
    private final Button chooseAfter = new Button("After model…");
    private final Button compare = new Button("Compare before and after");
    private final Button compareCancel = new Button("Cancel");
    private final Button exportComparison = new Button("Export CSV…");
    private final ProgressBar compareProgress = new ProgressBar(0);
    private final javafx.scene.control.TabPane sides = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab comparisonTab;
    private Path beforeModel, afterModel;
    private boolean awaitingAfter;
    private JobTask<org.cepheus.learn.ModelComparison> comparing;
    private AuditResult audit;
    private CuratedLabels curated;
    private Path curatedFile;
    private Catalog audited;
    private JobTask<AuditResult> running;

    /**
     * @param trainOn opens the training view on the catalog with the curated labels, tested on the
     *                held-back test stars of the given before model (null: the preset's split)
     */
    public ReviewView(Workspace workspace, java.util.function.BiConsumer<Catalog, Path> trainOn) {
        this.workspace = workspace;
        this.trainOn = trainOn;
        getStyleClass().add("review-view");
        folded = new FoldedPane(workspace, bands);
        periodogram = new PeriodogramPane(workspace, p -> {
            StarRow s = shownStar();
            if (s != null) folded.setPeriod(s, p);
        }, bands);
        // the star view's panes again: their controls' ids must not be found twice in one window
        for (javafx.scene.Parent pane : new javafx.scene.Parent[] {raw, folded, periodogram}) prefixIds(pane, "review-");
        kind.getSelectionModel().selectFirst();
        kind.setTooltip(new Tooltip("The model trained once per fold (period-features is the fastest)"));
        folds.setPrefWidth(70);
        run.setId("runAudit");
        run.setOnAction(e -> runAudit());
        cancel.setDisable(true);
        cancel.setOnAction(e -> { if (running != null) running.cancel(); });
        progress.setVisible(false);
        status.setId("reviewStatus");
        ToolRow.keepWidth(run, cancel);
        setTop(new ToolRow(new Label("model"), kind, new Label("folds"), folds, run, progress, cancel));

        queue.setId("reviewQueue");
        queue.setPlaceholder(new Label("No suspects yet"));
        queue.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(AuditResult.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.rank() + ". " + r.id() + "  " + r.given() + " → " + r.suggested() + mark(r));
            }
        });
        queue.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> show(now));
        queue.setPrefWidth(260);

        heading.setId("reviewHeading");
        heading.getStyleClass().add("review-heading");
        evidence.setId("reviewEvidence");
        probabilities.setId("reviewProbabilities");
        GridPane charts = new GridPane();
        charts.add(raw, 0, 0);
        charts.add(folded, 1, 0);
        charts.add(periodogram, 0, 1);
        charts.add(probabilities, 1, 1);
        for (Node n : List.of(raw, folded, periodogram)) {
            GridPane.setHgrow(n, Priority.ALWAYS);
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        probabilities.setPadding(new Insets(8));
        relabelAs.setId("relabelAs");
        reason.setId("reviewReason");
        reason.setPromptText("reason (saved with the decision)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        keep.setId("reviewKeep");
        relabel.setId("reviewRelabel");
        exclude.setId("reviewExclude");
        skip.setId("reviewSkip");
        train.setId("trainOnCurated");
        keep.setOnAction(e -> decide(CuratedLabels.KEEP));
        relabel.setOnAction(e -> decide(CuratedLabels.RELABEL));
        exclude.setOnAction(e -> decide(CuratedLabels.EXCLUDE));
        skip.setOnAction(e -> next());
        train.setOnAction(e -> trainOnCurated());
        ToolRow.keepWidth(keep, relabel, exclude, skip, train);
        actions.getChildren().setAll(keep, relabel, relabelAs, exclude, skip, reason, train);
        actions.setSpacing(8);
        actions.setId("reviewActions");
        actions.getStyleClass().add("tool-row");
        // the charts' own minimum heights exceed a 768-800 px window: in a plain VBox the SplitPane
        // centred the too-tall column and pushed the heading up under the tool row. The heading and
        // the decisions stay fixed; the charts scroll when they do not fit.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        evidence.setMinHeight(Region.USE_PREF_SIZE);
        charts.setMinHeight(Region.USE_PREF_SIZE); // else the folded pane's controls overflow its cell
        ScrollPane chartsScroll = new ScrollPane(charts);
        chartsScroll.setId("reviewCharts");
        chartsScroll.setFitToWidth(true);
        chartsScroll.setFitToHeight(true);
        chartsScroll.setMinHeight(0);
        BorderPane centre = new BorderPane(chartsScroll);
        VBox head = new VBox(6, heading, evidence);
        head.setPadding(new Insets(0, 0, 6, 0));
        centre.setTop(head);
        centre.setBottom(actions);
        BorderPane.setMargin(actions, new Insets(6, 0, 0, 0));
        centre.setMinHeight(0);
        centre.setPadding(new Insets(6));
        javafx.scene.control.Tab suspectTab = new javafx.scene.control.Tab("Suspect", centre);
        comparisonTab = new javafx.scene.control.Tab("Before and after", comparisonSide());
        comparisonTab.setId("reviewComparisonTab");
        sides.getTabs().addAll(suspectTab, comparisonTab);
        sides.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        sides.setMinHeight(0);
        SplitPane split = new SplitPane(queue, sides);
        split.setDividerPositions(0.22);
        setCenter(split);
        HBox bottom = new HBox(status);
        bottom.getStyleClass().add("status-bar");
        setBottom(bottom);
        setDecisionsDisabled(true);
        train.setDisable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        workspace.modelPathProperty().addListener((o, was, now) -> {
            if (awaitingAfter && now != null && !now.equals(beforeModel)) {
                awaitingAfter = false;
                setAfterModel(now);
            }
        });
    }

    /** The before and after models, the comparison's progress, its table and the CSV export. */
    private Node comparisonSide() {
        beforeLabel.setId("reviewBeforeModel");
        afterLabel.setId("reviewAfterModel");
        chooseBefore.setTooltip(new Tooltip("The model trained on the original labels: training on the curated labels is tested on its held-back test stars"));
        chooseAfter.setTooltip(new Tooltip("The model trained on the curated labels (set by Train on the curated labels when that run ends)"));
        chooseBefore.setOnAction(e -> chooseModel(true));
        chooseAfter.setOnAction(e -> chooseModel(false));
        compare.setId("reviewCompare");
        compare.setOnAction(e -> compare());
        compareCancel.setId("reviewCompareCancel");
        compareCancel.setDisable(true);
        compareCancel.setOnAction(e -> { if (comparing != null) comparing.cancel(); });
        exportComparison.setId("reviewExportComparison");
        exportComparison.setDisable(true);
        exportComparison.setOnAction(e -> chooseComparisonExport());
        compareProgress.setVisible(false);
        ToolRow models = new ToolRow(ToolRow.group(chooseBefore, beforeLabel), ToolRow.group(chooseAfter, afterLabel));
        ToolRow run = new ToolRow(compare, compareProgress, compareCancel, exportComparison);
        VBox side = new VBox(models, run, comparison);
        VBox.setVgrow(comparison, Priority.ALWAYS);
        return side;
    }

    private void chooseModel(boolean before) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(before ? "The model trained on the original labels" : "The model trained on the curated labels");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Cepheus model bundle", "*.zip"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f == null) return;
        if (before) setBeforeModel(f.toPath());
        else setAfterModel(f.toPath());
    }

    /** The model trained on the original labels: the next "Train on the curated labels" is tested on its test stars. */
    public void setBeforeModel(Path p) {
        beforeModel = p;
        beforeLabel.setText("before: " + (p == null ? "none" : p.getFileName()));
    }

    /** The model trained on the curated labels. */
    public void setAfterModel(Path p) {
        afterModel = p;
        afterLabel.setText("after: " + (p == null ? "none" : p.getFileName()));
    }

    /** Scores the before and after models on the same held-out stars, by the curated labels (a cancellable job). */
    public JobTask<org.cepheus.learn.ModelComparison> compare() {
        if (beforeModel == null || afterModel == null || curated == null) {
            workspace.errors().show("Nothing to compare", "Run the audit, then choose the model trained on the original labels"
                    + " (before) and the one trained on the curated labels (after).");
            return null;
        }
        Path b = beforeModel, a = afterModel;
        Catalog truth = curated.apply(audited); // relabelled stars judged by their new class, excluded ones left out
        comparing = workspace.jobs().start("Comparison", org.cepheus.learn.ModelComparison.job(b, a, truth, workspace.features()), c -> {
            comparison.show(c, b, a);
            exportComparison.setDisable(false);
            sides.getSelectionModel().select(comparisonTab);
        });
        compareProgress.setVisible(true);
        compareProgress.progressProperty().bind(comparing.progressProperty());
        compare.setDisable(true);
        compareCancel.setDisable(false);
        JobTask<org.cepheus.learn.ModelComparison> task = comparing;
        task.runningProperty().addListener((o, was, now) -> {
            if (now) return;
            compareProgress.progressProperty().unbind();
            compareProgress.setVisible(false);
            compare.setDisable(false);
            compareCancel.setDisable(true);
            if (task.isCancelled()) status.setText("Comparison cancelled");
        });
        return task;
    }

    private void chooseComparisonExport() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the before-and-after comparison");
        chooser.setInitialFileName("before-after.csv");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) exportComparison(f.toPath());
    }

    /** Writes the shown comparison, one row per star (id,true,before,p_before,after,p_after,change), atomically. */
    public JobTask<Path> exportComparison(Path file) {
        org.cepheus.learn.ModelComparison c = comparison.shown();
        if (c == null) return null;
        return workspace.jobs().start("Export comparison", m -> {
            c.writeCsv(file);
            return file;
        }, f -> status.setText("Comparison written to " + f.toAbsolutePath()));
    }

    private void shortcut(KeyEvent e) {
        if (audit == null || queue.getSelectionModel().getSelectedItem() == null) return;
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) {
            if (t instanceof TextInputControl) return; // typing a reason
        }
        KeyCode c = e.getCode();
        if (c == KeyCode.K) decide(CuratedLabels.KEEP);
        else if (c == KeyCode.R) decide(CuratedLabels.RELABEL);
        else if (c == KeyCode.X) decide(CuratedLabels.EXCLUDE);
        else if (c == KeyCode.S) next();
        else return;
        e.consume();
    }

    private String mark(AuditResult.Row r) {
        CuratedLabels.Decision d = curated == null ? null : curated.decision(r.id());
        if (d == null) return "";
        return switch (d.decision()) {
            case CuratedLabels.KEEP -> "  ✓ kept";
            case CuratedLabels.RELABEL -> "  ✎ " + d.newClass();
            default -> "  ✗ excluded";
        };
    }

    /** Runs the audit on the open catalog (cancellable, with progress). */
    public void runAudit() {
        Catalog cat = workspace.catalog();
        Path path = workspace.catalogPathProperty().get();
        if (cat == null || path == null) {
            workspace.errors().show("Nothing to audit", "Open a labelled catalog first (File ▸ Open).");
            return;
        }
        TrainingConfig cfg = TrainingConfig.preset(kind.getValue());
        Path file = CuratedLabels.besideCatalog(path.toAbsolutePath());
        // the fold models are scratch: the system's temporary folder, never the user's catalog folder
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        LabelAuditJob job = new LabelAuditJob(cat, cfg, folds.getValue(), dir).features(workspace.features()).threads(workspace.threads());
        running = workspace.jobs().start("Label audit", job, r -> {
            try {
                setAudit(cat, r, file);
            } catch (java.io.IOException e) {
                workspace.errors().show("Curated labels", e.getMessage());
            }
        });
        progress.setVisible(true);
        progress.progressProperty().bind(running.progressProperty());
        status.textProperty().bind(running.messageProperty());
        run.setDisable(true);
        cancel.setDisable(false);
        running.runningProperty().addListener((o, was, now) -> {
            if (now) return;
            progress.progressProperty().unbind();
            progress.setVisible(false);
            status.textProperty().unbind();
            run.setDisable(false);
            cancel.setDisable(true);
        });
    }

    /**
     * Shows an audit's suspects (stars whose given class is less probable than its class's
     * threshold), continuing the decisions already in the curated file.
     */
    public void setAudit(Catalog catalog, AuditResult result, Path curatedLabelsFile) throws java.io.IOException {
        curated = CuratedLabels.resume(catalog, curatedLabelsFile);
        audited = catalog;
        audit = result;
        curatedFile = curatedLabelsFile;
        relabelAs.getItems().setAll(result.classNames());
        List<AuditResult.Row> suspects = result.rows().stream().filter(r -> r.suspicion() > 0).toList();
        queue.getItems().setAll(suspects);
        long issues = suspects.stream().filter(AuditResult.Row::issue).count();
        status.setText(String.format(Locale.ROOT, "%,d of %,d labels below their class's threshold (%,d likely wrong); decisions go to %s",
                suspects.size(), result.rows().size(), issues, curatedLabelsFile));
        train.setDisable(false);
        // the model last trained or loaded in this window, as the before model unless one was chosen
        if (beforeModel == null && workspace.modelPathProperty().get() != null) setBeforeModel(workspace.modelPathProperty().get());
        if (!suspects.isEmpty()) queue.getSelectionModel().select(0);
    }

    private StarRow shownStar() {
        AuditResult.Row r = queue.getSelectionModel().getSelectedItem();
        return r == null ? null : workspace.star(r.id());
    }

    private void show(AuditResult.Row r) {
        setDecisionsDisabled(r == null);
        probabilities.getChildren().clear();
        if (r == null) {
            heading.setText("");
            evidence.setText("");
            return;
        }
        int g = audit.classNames().indexOf(r.given());
        heading.setText(String.format(Locale.ROOT, "#%d  %s   labelled %s (p %.2f, its class's threshold %.2f)  →  suggested %s (p %.2f)%s",
                r.rank(), r.id(), r.given(), r.probabilities()[g], audit.thresholds()[g], r.suggested(),
                r.probabilityOf(audit.classNames(), r.suggested()), r.issue() ? "   likely wrong" : ""));
        evidence.setText(String.format(Locale.ROOT, "period %s d   amplitude %s mag%s   out-of-fold (fold %d)",
                fmt(r.period(), "%.5f"), fmt(r.amplitude(), "%.2f"),
                Double.isNaN(r.colour()) ? "" : "   colour " + fmt(r.colour(), "%+.2f") + " mag", r.fold()));
        for (int c = 0; c < audit.classNames().size(); c++) {
            ProgressBar bar = new ProgressBar(r.probabilities()[c]);
            bar.setPrefWidth(140);
            Label name = new Label(String.format(Locale.ROOT, "%-10s %.3f", audit.classNames().get(c), r.probabilities()[c]));
            name.setMinWidth(110);
            probabilities.getChildren().add(new HBox(6, name, bar));
        }
        relabelAs.getSelectionModel().select(r.suggested());
        CuratedLabels.Decision d = curated.decision(r.id());
        reason.setText(d != null && d.reason() != null ? d.reason() : "");
        redraw();
    }

    private static String fmt(double v, String f) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, f, v);
    }

    private void redraw() {
        StarRow s = shownStar();
        if (s == null) return;
        bands.offer(s);
        raw.show(s);
        periodogram.show(s);
        AuditResult.Row r = queue.getSelectionModel().getSelectedItem();
        if (r != null && r.period() > 0) folded.setPeriod(s, r.period());
        else folded.show(s);
    }

    private void setDecisionsDisabled(boolean off) {
        for (Node n : List.of(keep, relabel, relabelAs, exclude, skip)) n.setDisable(off);
    }

    /** Records the decision for the shown star, writes the curated file at once, moves to the next. */
    private void decide(String decision) {
        AuditResult.Row r = queue.getSelectionModel().getSelectedItem();
        if (r == null) return;
        String to = switch (decision) {
            case CuratedLabels.KEEP -> r.given();
            case CuratedLabels.RELABEL -> relabelAs.getValue() == null ? r.suggested() : relabelAs.getValue();
            default -> null;
        };
        String why = reason.getText().isBlank() ? String.format(Locale.ROOT, "audit rank %d: p(%s) %.2f, suggested %s %.2f",
                r.rank(), r.given(), r.probabilityOf(audit.classNames(), r.given()), r.suggested(),
                r.probabilityOf(audit.classNames(), r.suggested())) : reason.getText().trim();
        CuratedLabels.Decision before = curated.decision(r.id());
        curated.decide(new CuratedLabels.Decision(r.id(), curated.originalClass(r.id()), decision, to, why,
                java.time.Instant.now().toString()));
        try {
            curated.save(curatedFile); // a small table, written whole and atomically: every decision survives a crash
        } catch (java.io.IOException e) {
            curated.restore(r.id(), before); // the file was not written: neither is the decision
            workspace.errors().show("Decision not saved", e.getMessage());
            return;
        }
        status.setText("Saved: " + r.id() + " " + decision + (to == null || decision.equals(CuratedLabels.KEEP) ? "" : " as " + to)
                + " → " + curatedFile.getFileName());
        queue.refresh();
        next();
    }

    private void next() {
        int i = queue.getSelectionModel().getSelectedIndex();
        if (i + 1 < queue.getItems().size()) {
            queue.getSelectionModel().select(i + 1);
            queue.scrollTo(Math.max(0, i - 3));
        } else {
            status.setText("End of the queue: " + curated.decisions().size() + " decisions in " + curatedFile);
        }
    }

    private void trainOnCurated() {
        if (curated == null) return;
        awaitingAfter = true; // the model this run saves becomes the after model
        trainOn.accept(curated.apply(audited), beforeModel);
    }

    public ListView<AuditResult.Row> queue() { return queue; }
    public Label status() { return status; }
    public Label heading() { return heading; }
    public Label evidence() { return evidence; }
    /** The keep / relabel / exclude / skip row. */
    public HBox actions() { return actions; }
    public ComboBox<String> relabelAs() { return relabelAs; }
    public Path curatedFile() { return curatedFile; }
    public CuratedLabels curated() { return curated; }
    public javafx.scene.control.TableView<org.cepheus.learn.ModelComparison.Row> comparisonTable() { return comparison.table(); }
    public Label comparisonSummary() { return comparison.summary(); }
    public Label comparisonChanges() { return comparison.changes(); }
    public org.cepheus.learn.ModelComparison comparison() { return comparison.shown(); }
    public Path beforeModel() { return beforeModel; }
    public Path afterModel() { return afterModel; }
    public RawCurvePane raw() { return raw; }
    public FoldedPane folded() { return folded; }
    public PeriodogramPane periodogram() { return periodogram; }

    private static void prefixIds(javafx.scene.Parent parent, String prefix) {
        java.util.List<javafx.scene.Node> nodes = new java.util.ArrayList<>(parent.getChildrenUnmodifiable());
        if (parent instanceof javafx.scene.control.SplitPane sp) nodes.addAll(sp.getItems()); // not children before its skin
        if (parent instanceof javafx.scene.control.ToolBar tb) nodes.addAll(tb.getItems());
        for (javafx.scene.Node n : nodes) {
            if (n.getId() != null && !n.getId().startsWith(prefix)) n.setId(prefix + n.getId());
            if (n instanceof javafx.scene.Parent p) prefixIds(p, prefix);
        }
    }
}
