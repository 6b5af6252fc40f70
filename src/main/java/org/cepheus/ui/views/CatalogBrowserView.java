package org.cepheus.ui.views;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LoadProblem;
import org.cepheus.ui.CoreJobs;
import org.cepheus.learn.FeatureTable;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.ui.JobTask;
import org.cepheus.ui.RecentCatalogs;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.Workspace;

/**
 * The catalog browser: opens a file or folder (menu, drag and drop, recent list), shows loading
 * progress with a cancel button, the problems met (file, line, message), and a filterable,
 * sortable table of the stars. Selecting a row selects the star for the star view.
 */
public final class CatalogBrowserView extends BorderPane {
    private final Workspace workspace;
    private final RecentCatalogs recent;
    private final TableView<StarRow> table = new TableView<>();
    private final ObservableList<LoadProblem> problems = FXCollections.observableArrayList();
    private final TableView<LoadProblem> problemTable = new TableView<>(problems);
    private final TitledPane problemPane = new TitledPane("No load problems", problemTable);
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label("No catalog open");
    private final Button cancel = new Button("Cancel");
    private JobTask<?> loading; // the running load or export, for the cancel button
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public CatalogBrowserView(Workspace workspace, RecentCatalogs recent) {
        this(workspace, recent, org.cepheus.catalog.SavedMappings.inMemory());
    }

    /** @param mappings the column choices kept per table header (File ▸ Import table…) */
    public CatalogBrowserView(Workspace workspace, RecentCatalogs recent, org.cepheus.catalog.SavedMappings mappings) {
        this.workspace = workspace;
        this.mappings = mappings;
        this.filtered = new javafx.collections.transformation.FilteredList<>(workspace.stars());
        this.sorted = new javafx.collections.transformation.SortedList<>(filtered);
        this.columnFilters = new ColumnFilters(workspace.stars());
        this.recent = recent;
        getStyleClass().add("catalog-browser");
        // the table scrolls sideways: its columns must not push the star view out of the window
        setMinWidth(240);
        buildTable();
        buildProblems();
        VBox bottom = new VBox(problemPane, statusBar());
        HBox.setHgrow(expression, Priority.ALWAYS);
        HBox filterRow = new HBox(6, expression, clearFilters);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        setCenter(new VBox(4, filterRow, table));
        VBox.setVgrow(table, Priority.ALWAYS);
        setBottom(bottom);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dragDropped);
    }

    private void buildTable() {
        table.setId("starTable");
        table.setPlaceholder(new Label("Open a catalog: File ▸ Open, or drop a file or folder here"));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        TableColumn<StarRow, String> id = column("id", StarRow::id);
        header(id, "id", "star identifier (from the file name or the catalog's id column)");
        columnFilters.contains(id, "id", StarRow::id);
        TableColumn<StarRow, String> cls = column("class", StarRow::label);
        header(cls, "class", "the catalog's class label (empty when the star is unlabelled)");
        columnFilters.choice(cls, "class", StarRow::label);
        TableColumn<StarRow, Integer> points = column("points", StarRow::points);
        points.getStyleClass().add("number-column");
        header(points, "points", "number of measurements used, all bands (points set aside at loading not counted)");
        columnFilters.range(points, "points", StarRow::points, "%.0f", false);
        TableColumn<StarRow, Double> span = numberColumn("time span [d]", r -> new ReadOnlyObjectWrapper<>(r.timeSpan()), "%.0f");
        header(span, "span\n[d]", "time span: last minus first measurement, in days");
        columnFilters.range(span, "time span [d]", StarRow::timeSpan, "%.1f", false);
        // the catalog's period stays as the catalog gave it; the working one follows the views
        TableColumn<StarRow, Double> catalogP = numberColumn("catalog P [d]", r -> new ReadOnlyObjectWrapper<>(r.catalogPeriod()), "%.6f");
        header(catalogP, "catalog\nP [d]", "period given by the catalog (e.g. OGLE's cepFO4.dat), in days; never changed by the views");
        columnFilters.logRange(catalogP, "catalog P [d]", StarRow::catalogPeriod, "%.6f");
        TableColumn<StarRow, Double> workingP = numberColumn("working P [d]", r -> r.periodProperty().asObject(), "%.6f");
        header(workingP, "working\nP [d]", "period the star view works with, in days: the catalog's at first, then a clicked peak, a found or a typed period");
        columnFilters.logRange(workingP, "working P [d]", r -> r.periodProperty().get() > 0 ? r.periodProperty().get() : Double.NaN, "%.6f");
        TableColumn<StarRow, String> predicted = new TableColumn<>("predicted");
        predicted.setCellValueFactory(c -> c.getValue().predictedProperty());
        header(predicted, "predicted", "class predicted by the last classification (Classification tab)");
        columnFilters.choice(predicted, "predicted", r -> r.predictedProperty().get());
        TableColumn<StarRow, Double> probability = numberColumn("probability", r -> r.probabilityProperty().asObject(), "%.3f");
        header(probability, "prob.", "probability of the predicted class, 0 to 1");
        columnFilters.range(probability, "probability", r -> r.probabilityProperty().get(), "%.3f", true);
        // predicted beside the class it is compared with, so both stay on screen in a narrow table
        table.getColumns().setAll(List.of(id, cls, predicted, probability, points, span, catalogP, workingP));
        table.widthProperty().addListener((o, was, now) -> choosePolicy());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY);
        ColumnFilters.noSortOnRightClick(table);
        columnFilters.predicateProperty().addListener((o, was, now) -> refilter());
        expression.setId("starFilter");
        expression.setPromptText("filter, e.g.  points > 200 && class == \"RRab\"");
        expression.setTooltip(new javafx.scene.control.Tooltip(StarFilter.HELP));
        expression.setOnAction(e -> applyExpression());
        clearFilters.setId("clearFilters");
        clearFilters.setOnAction(e -> clearFilters());
        clearFilters.managedProperty().bind(clearFilters.visibleProperty());
        clearFilters.setVisible(false);
        filtered.addListener((javafx.collections.ListChangeListener<StarRow>) c -> showShown());
        // a filter on the working period is re-applied as soon as a view changes a star's period
        workspace.stars().addListener((javafx.collections.ListChangeListener<StarRow>) c -> {
            while (c.next()) {
                for (StarRow r : c.getRemoved()) r.periodProperty().removeListener(periodChanged);
                for (StarRow r : c.getAddedSubList()) r.periodProperty().addListener(periodChanged);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null || keepShown) return;
            workspace.selectedStarProperty().set(now);
            if (hiddenSaid && catalogSummary != null) showStatus(catalogSummary); // another star is shown now
        });
        workspace.selectedStarProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
    }

    private final javafx.collections.transformation.FilteredList<StarRow> filtered;
    private final javafx.collections.transformation.SortedList<StarRow> sorted;
    private final javafx.scene.control.TextField expression = new javafx.scene.control.TextField();
    private final Button clearFilters = new Button("Clear filters");
    private final Label shownCount = new Label();
    private final StarFilter starFilter = new StarFilter();
    private final ColumnFilters columnFilters;
    private java.util.function.Predicate<StarRow> expressionPredicate;
    private final javafx.beans.value.ChangeListener<Number> periodChanged = (o, was, now) -> {
        if (filtering()) refilter(true);
    };
    private boolean keepShown; // re-filtering after a period change: the star view keeps its star
    private boolean hiddenSaid; // the status bar says a filter hid the star view's star
    private String catalogSummary; // "sample-data: 180 stars, ...", the status after loading

    /** Applies the typed expression; a bad one is marked and explained, the table left as it was. */
    public void applyExpression() {
        String text = expression.getText();
        try {
            expressionPredicate = starFilter.parse(text, workspace.stars().isEmpty() ? null : workspace.stars().get(0));
            expression.getStyleClass().remove("invalid");
            expression.setTooltip(new javafx.scene.control.Tooltip(StarFilter.HELP));
            refilter();
        } catch (IllegalArgumentException e) {
            if (!expression.getStyleClass().contains("invalid")) expression.getStyleClass().add("invalid");
            expression.setTooltip(new javafx.scene.control.Tooltip(e.getMessage()));
            showStatus(e.getMessage());
        }
    }

    /**
     * Shows the stars that pass the expression and every column filter. A star the filters hide
     * does not stay in the star view unannounced: the view is cleared and the status bar says why.
     */
    private void refilter() {
        refilter(false);
    }

    /**
     * @param periodChanged a view changed a working period: the star being worked on stays in the
     *     star view when the filter now hides it from the table (the status bar says so)
     */
    private void refilter(boolean periodChanged) {
        StarRow selected = workspace.selectedStarProperty().get();
        java.util.function.Predicate<StarRow> e = expressionPredicate, c = columnFilters.predicateProperty().get();
        keepShown = periodChanged; // the table's selection moving as rows go is no new choice of star
        try {
            java.util.function.Predicate<StarRow> both = e == null ? c : c == null ? e : e.and(c);
            // a new object each time: the list re-tests its rows only when the predicate changes
            filtered.setPredicate(both == null ? null : s -> both.test(s));
            if (periodChanged && selected != null && !filtered.contains(selected)) table.getSelectionModel().clearSelection();
        } finally {
            keepShown = false;
        }
        for (TableColumn<StarRow, ?> col : table.getColumns()) markFiltered(col);
        clearFilters.setVisible(filtering());
        showShown();
        if (selected != null && !filtered.contains(selected) && periodChanged) {
            showStatus(selected.id() + " no longer passes the filter (working P " + String.format("%.6f", selected.periodProperty().get())
                    + " d): hidden from the table, kept in the star view");
            hiddenSaid = true;
        } else if (selected != null && !filtered.contains(selected)) {
            table.getSelectionModel().clearSelection();
            workspace.selectedStarProperty().set(null);
            showStatus(selected.id() + " is hidden by the filter; the star view is cleared");
            hiddenSaid = true;
        } else if (hiddenSaid && catalogSummary != null) {
            showStatus(catalogSummary); // that message is old news once the filter changed again
        }
    }

    /** Removes the expression and every column filter. */
    public void clearFilters() {
        expression.clear();
        expressionPredicate = null;
        expression.getStyleClass().remove("invalid");
        columnFilters.clear();
    }

    private boolean filtering() {
        return expressionPredicate != null || columnFilters.active();
    }

    public javafx.scene.control.TextField expressionField() { return expression; }

    /** Keeps the stars whose value in the column (class, predicted) is one of values, as its checklist does. */
    public void keepValues(String columnText, java.util.Collection<String> values) {
        columnFilters.keep(columnNamed(columnText), values);
    }

    private TableColumn<StarRow, ?> columnNamed(String text) {
        return table.getColumns().stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + text));
    }

    /** The status bar says how many stars the filters leave, whenever one is on. */
    private void showShown() {
        int all = workspace.stars().size(), shown = filtered.size();
        shownCount.setText(!filtering() ? "" : String.format("%,d of %,d stars shown", shown, all));
    }

    public Label shownCount() { return shownCount; }

    private static <T> TableColumn<StarRow, T> column(String name, Function<StarRow, T> value) {
        TableColumn<StarRow, T> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    /**
     * The header shows a short text on up to two lines (the column's own text, with its unit, is
     * the tooltip's first line), so narrow columns stay readable; a filtered column is marked.
     */
    private void header(TableColumn<StarRow, ?> col, String shortText, String meaning) {
        Label label = new Label(shortText);
        label.setId("header-" + col.getText().replaceAll("[^A-Za-z0-9]+", ""));
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setMinWidth(Label.USE_PREF_SIZE);
        String tip = col.getText() + ": " + meaning + "\nRight-click to filter; click to sort.";
        label.setTooltip(new javafx.scene.control.Tooltip(tip));
        label.getProperties().put("tip", tip);
        col.setGraphic(label);
    }

    private void markFiltered(TableColumn<StarRow, ?> col) {
        if (!(col.getGraphic() instanceof Label label)) return;
        String what = columnFilters.describe(col);
        label.getStyleClass().remove("filtered");
        if (what != null) label.getStyleClass().add("filtered");
        label.getTooltip().setText(what == null ? (String) label.getProperties().get("tip")
                : "Filtered: " + what + "\n" + label.getProperties().get("tip"));
    }

    /** Each column at least as wide as its header and its widest value (measured on the open catalog). */
    private void fitColumns() {
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 13);
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, 13);
        int rows = Math.min(workspace.stars().size(), 2000); // a sample is enough to size a column
        for (TableColumn<StarRow, ?> col : table.getColumns()) {
            double w = 0;
            if (col.getGraphic() instanceof Label l) {
                for (String line : l.getText().split("\n")) w = Math.max(w, width(line, bold));
            }
            for (int i = 0; i < rows; i++) {
                Object v = col.getCellObservableValue(workspace.stars().get(i)).getValue();
                w = Math.max(w, width(cellText(col, v), font));
            }
            col.setMinWidth(Math.ceil(w) + 12);
            col.setPrefWidth(Math.ceil(w) + 16);
        }
        choosePolicy();
    }

    /**
     * Columns share the table's width when they all fit at their minimum (nothing clipped);
     * otherwise they keep their widths and the table scrolls sideways (the constrained policy
     * would squeeze them into "pred..." and hide the scroll bar).
     */
    private void choosePolicy() {
        double need = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + 16; // + the vertical scroll bar
        boolean fits = table.getWidth() <= 0 || table.getWidth() >= need;
        var policy = fits ? javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY : javafx.scene.control.TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (table.getColumnResizePolicy() != policy) {
            table.setColumnResizePolicy(policy);
            if (!fits) for (TableColumn<StarRow, ?> c : table.getColumns()) c.setPrefWidth(c.getMinWidth() + 4);
        }
    }

    private static String cellText(TableColumn<StarRow, ?> col, Object v) {
        if (v == null) return "";
        Object format = col.getProperties().get("format");
        if (v instanceof Double d) return d.isNaN() || format == null ? "" : String.format((String) format, d);
        return v.toString();
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static TableColumn<StarRow, Double> numberColumn(String name,
            Function<StarRow, ObservableValue<Double>> value, String format) {
        TableColumn<StarRow, Double> col = new TableColumn<>(name);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.isNaN() ? null : String.format(format, v));
            }
        });
        col.getProperties().put("format", format);
        col.getStyleClass().add("number-column");
        return col;
    }

    private void buildProblems() {
        TableColumn<LoadProblem, String> file = new TableColumn<>("file");
        file.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().file() == null ? "" : c.getValue().file().toString()));
        // the file's name, so the message stays on screen; the whole path on hover
        file.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                boolean none = empty || v == null || v.isEmpty();
                setText(none ? null : Path.of(v).getFileName().toString());
                setTooltip(none ? null : new javafx.scene.control.Tooltip(v));
            }
        });
        file.setPrefWidth(150);
        file.setMinWidth(90);
        TableColumn<LoadProblem, String> line = new TableColumn<>("line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().line() > 0 ? Integer.toString(c.getValue().line()) : ""));
        line.setPrefWidth(50);
        line.setMinWidth(45);
        TableColumn<LoadProblem, String> message = new TableColumn<>("message");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        message.setCellFactory(c -> new TableCell<>() { // long messages: the whole text on hover
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v);
                setTooltip(empty || v == null ? null : new javafx.scene.control.Tooltip(v));
            }
        });
        message.setPrefWidth(400);
        problemTable.getColumns().setAll(List.of(file, line, message));
        // the message (what went wrong) on screen at any width; its whole text on hover
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        problemTable.setPrefHeight(140);
        problemTable.setId("problemTable");
        problemPane.setExpanded(false);
        problemPane.setAnimated(false);
        problemPane.getStyleClass().add("problems");
    }

    private HBox statusBar() {
        progress.setPrefWidth(180);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            if (loading != null) loading.cancel();
        });
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setId("catalogStatus");
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(status.textProperty()); // the whole message when the bar cuts it
        status.setTooltip(whole);
        shownCount.setId("shownCount");
        shownCount.setMinWidth(Label.USE_PREF_SIZE); // the count is never cut; a long message is
        HBox bar = new HBox(8, status, shownCount, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Loads a catalog in the background; the current one stays until the new one is ready. */
    public JobTask<Catalog> open(Path path) {
        return open(path, null);
    }

    /**
     * Loads with these table columns (null: the choice kept for the table's header, else guessed).
     */
    public JobTask<Catalog> open(Path path, org.cepheus.catalog.ColumnMapping columns) {
        if (loading != null && loading.isRunning()) loading.cancel();
        var load = CoreJobs.loadCatalog(path, columns, mappings);
        var fromSaved = new java.util.concurrent.atomic.AtomicBoolean(); // read off the FX thread, said after
        JobTask<Catalog> task = workspace.jobs().start("Loading " + path.getFileName(), m -> {
            fromSaved.set(columns == null && mappings.forFile(path).isPresent());
            return load.run(m);
        }, catalog -> loaded(catalog, path, fromSaved.get()));
        return track(task, "Loading");
    }

    private final org.cepheus.catalog.SavedMappings mappings;
    private java.util.function.BiConsumer<Path, String> onUnmapped;

    /** Who is asked when a table's columns cannot be told (the column-mapping dialog): gets the file and why. */
    public void setOnUnmappedTable(java.util.function.BiConsumer<Path, String> handler) { onUnmapped = handler; }

    public org.cepheus.catalog.SavedMappings mappings() { return mappings; }

    /**
     * Writes the period-features model's inputs of every star of the open catalog (periods,
     * Fourier shape, colours...) as CSV, with the built-in preset's settings; cancellable.
     */
    public JobTask<Path> exportFeatures(Path file) {
        Catalog catalog = workspace.catalog();
        if (catalog == null) throw new IllegalStateException("no catalog open");
        // exporting while another catalog loads would export the old one: the menu item is disabled then
        if (isBusy()) throw new IllegalStateException("a catalog load or export is still running");
        JobTask<Path> task = workspace.jobs().start("Exporting features", m -> {
            FeatureTable.writeCsv(FeatureTable.job(catalog, TrainingConfig.preset("period-features"), workspace.features()).run(m), file);
            return file;
        }, f -> showStatus("Features of " + workspace.stars().size() + " stars written to " + f.toAbsolutePath()));
        return track(task, "Feature export");
    }

    /** Asks where to write the feature table, then exports it. */
    public void chooseFeatureExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the features of every star");
        chooser.setInitialFileName("features.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) exportFeatures(f.toPath());
    }

    /** True while a catalog load or a feature export runs (both use the status bar). */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public boolean isBusy() { return busy.get(); }

    /** Shows a running load or export in the status bar, with its cancel button. */
    private <T> JobTask<T> track(JobTask<T> task, String what) {
        loading = task;
        busy.set(true);
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setVisible(true);
        cancel.setVisible(true);
        task.runningProperty().addListener((o, was, running) -> {
            if (!running) finished(task, what);
        });
        return task;
    }

    private void finished(JobTask<?> task, String what) {
        if (task != loading) return; // a newer job owns the status bar
        busy.set(false);
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        if (task.isCancelled()) status.setText(what + " cancelled");
        else if (task.getException() != null) status.setText(what + " failed");
    }

    /**
     * A job's result in the status bar. The success handler can run before the running-property
     * listener that unbinds the label from the job's message, so unbind here too.
     */
    private void showStatus(String text) {
        hiddenSaid = false;
        status.textProperty().unbind();
        status.setText(text);
    }

    private void loaded(Catalog catalog, Path path, boolean savedColumns) {
        workspace.open(catalog, path);
        catalogSummary = null;
        columnFilters.clear(); // the new catalog has other values and ranges; a typed expression stays
        fitColumns();
        problems.setAll(catalog.problems());
        int n = catalog.problems().size();
        if (catalog.isEmpty()) {
            // say that nothing loaded, and why; a file that gave nothing is no "recent catalog"
            String why = n == 0 ? "no light curves found" : catalog.problems().get(0).message();
            if (onUnmapped != null && Files.isRegularFile(path) && n > 0
                    && org.cepheus.catalog.TablePreview.cannotMap(catalog.problems().get(0))) {
                problems.setAll(catalog.problems());
                problemPane.setText("Nothing loaded yet: the table's columns are asked for");
                showStatus("Choose the columns of " + path.getFileName());
                onUnmapped.accept(path, why); // the table is there; its columns are asked for
                return;
            }
            problemPane.setTooltip(null);
            problemPane.setText(n == 0 ? "Nothing loaded" : "Nothing loaded: " + n + " load problem" + (n == 1 ? "" : "s"));
            problemPane.setExpanded(n > 0);
            showStatus("Nothing loaded from " + path.getFileName() + ": " + why);
            workspace.errors().notify("Nothing loaded", path.getFileName() + ": " + why);
            return;
        }
        recent.add(path);
        problemPane.setText(n == 0 ? "No load problems" : n + " load problem" + (n == 1 ? "" : "s") + " (lines skipped or points set aside)");
        problemPane.setTooltip(new javafx.scene.control.Tooltip(n == 0 ? "Every line of every file was read"
                : "Click to list them: file, line and message; the rest of the catalog loaded"));
        catalogSummary = String.format("%s: %,d stars, %,d light curves%s", catalog.name(), workspace.stars().size(),
                catalog.size(), n == 0 ? "" : ", " + n + " problems")
                + (savedColumns ? " · columns as saved for this header; File ▸ Import table… to change" : "");
        showStatus(catalogSummary);
        // outliers set aside are listed, not announced: nothing was skipped
        boolean skipped = catalog.problems().stream().anyMatch(p -> !org.cepheus.catalog.Outliers.isSetAsideReport(p));
        if (skipped) workspace.errors().notify("Some input was skipped", n + " problem(s) while loading " + path.getFileName()
                + "; see the list below the table.");
        table.getSelectionModel().select(0);
    }

    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a light-curve file or table");
        File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) open(f.toPath());
    }

    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a catalog folder");
        File f = chooser.showDialog(getScene().getWindow());
        if (f != null) open(f.toPath());
    }

    /** Menu items for the recent catalogs that still exist. */
    public List<MenuItem> recentItems() {
        return recent.list().stream().filter(Files::exists).map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false); // an underscore in a file name is a character, not a shortcut
            item.setOnAction(e -> open(p));
            return item;
        }).toList();
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
        if (ok) open(e.getDragboard().getFiles().get(0).toPath());
        e.setDropCompleted(ok);
        e.consume();
    }

    public TableView<StarRow> table() { return table; }
    public ObservableList<LoadProblem> problems() { return problems; }

    /** Moves the selection by delta rows (the star view's arrow keys). */
    public void moveSelection(int delta) {
        int n = table.getItems().size();
        if (n == 0) return;
        int i = table.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(n - 1, (i < 0 ? 0 : i + delta)));
        table.getSelectionModel().select(next);
        table.scrollTo(Math.max(0, next - 3));
    }
}
