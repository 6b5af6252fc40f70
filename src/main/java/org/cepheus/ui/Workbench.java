package org.cepheus.ui;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.cepheus.catalog.SavedMappings;
import org.cepheus.catalog.TablePreview;
import org.cepheus.ui.views.CatalogBrowserView;
import org.cepheus.ui.views.ColumnMappingDialog;
import org.cepheus.ui.views.ClassificationView;
import org.cepheus.ui.views.EvaluationView;
import org.cepheus.ui.views.ReviewView;
import org.cepheus.ui.views.StarView;
import org.cepheus.ui.views.TrainingView;

/**
 * The main window's content: menu bar and the five workspaces (catalog with its star view,
 * training, evaluation, classification, label review). Owns nothing global; everything hangs off one Workspace.
 */
public final class Workbench extends BorderPane {
    /** The catalog table's share of the window's width; the rest is the star view's. */
    private static final double TABLE_SHARE = 0.28;
    private final Workspace workspace;
    private final CatalogBrowserView browser;
    private final StarView starView;
    private final TrainingView training;
    private final EvaluationView evaluation;
    private final ClassificationView classification;
    private final ReviewView review;
    private final TabPane tabs = new TabPane();
    private final Tab catalogTab, trainingTab, evaluationTab, classificationTab, reviewTab;
    private final Menu recentMenu = new Menu("Open recent");
    private final MenuItem exportFeatures = new MenuItem("Export features…");
    private final MenuItem exportReport = new MenuItem("Export report…");

    public Workbench(Workspace workspace, RecentCatalogs recent) {
        this(workspace, recent, SavedMappings.inMemory());
    }

    /** @param mappings the user's column choices for tables, kept per header */
    public Workbench(Workspace workspace, RecentCatalogs recent, SavedMappings mappings) {
        this.workspace = workspace;
        getStyleClass().add("workbench");
        browser = new CatalogBrowserView(workspace, recent, mappings);
        browser.setOnUnmappedTable(this::importTable);
        starView = new StarView(workspace, browser::moveSelection);
        training = new TrainingView(workspace);
        evaluation = new EvaluationView(workspace, this::showStar);
        classification = new ClassificationView(workspace, this::showStar);
        review = new ReviewView(workspace, this::trainOnCurated);
        SplitPane split = new SplitPane(browser, starView);
        // the star view needs ~700 px for its tabs, info lines and metadata; the table scrolls sideways.
        // Set again whenever the window's width changes: the SplitPane's own layout keeps the table's
        // width instead (355 px of a 1024 px window) and so squeezes the star view.
        split.setDividerPositions(TABLE_SHARE);
        split.widthProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0) javafx.application.Platform.runLater(() -> split.setDividerPositions(TABLE_SHARE));
        });
        catalogTab = tab("Catalog", split, "catalogTab");
        trainingTab = tab("Training", training, "trainingTab");
        evaluationTab = tab("Evaluation", evaluation, "evaluationTab");
        classificationTab = tab("Classification", classification, "classificationTab");
        reviewTab = tab("Label review", review, "reviewTab");
        tabs.getTabs().addAll(catalogTab, trainingTab, evaluationTab, classificationTab, reviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(menuBar());
        setCenter(tabs);
    }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private MenuBar menuBar() {
        MenuItem openFile = new MenuItem("Open file…");
        openFile.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFile.setOnAction(e -> browser.chooseFile());
        MenuItem openFolder = new MenuItem("Open folder…");
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
        openFolder.setOnAction(e -> browser.chooseFolder());
        MenuItem importTable = new MenuItem("Import table…");
        importTable.setId("importTable");
        importTable.setOnAction(e -> chooseTable());
        MenuItem sample = new MenuItem("Open sample data");
        sample.setOnAction(e -> openSampleData());
        exportFeatures.setId("exportFeatures");
        exportFeatures.setOnAction(e -> browser.chooseFeatureExport());
        exportFeatures.disableProperty().bind(workspace.catalogProperty().isNull().or(browser.busyProperty()));
        exportReport.setId("exportReport");
        exportReport.setOnAction(e -> {
            if (tabs.getSelectionModel().getSelectedItem() == evaluationTab) evaluation.chooseReport();
            else classification.chooseReport();
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, openFile, openFolder, importTable, recentMenu, sample, new SeparatorMenuItem(),
                exportFeatures, exportReport, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            // the report of the Evaluation or the Classification view, whichever is in front
            Tab front = tabs.getSelectionModel().getSelectedItem();
            exportReport.setDisable(!(front == evaluationTab && evaluation.canExportReport()
                    || front == classificationTab && classification.canExportReport()));
            recentMenu.getItems().setAll(browser.recentItems());
            recentMenu.setDisable(recentMenu.getItems().isEmpty());
        });
        MenuItem about = new MenuItem("About Cepheus");
        about.setOnAction(e -> AboutDialog.show(getScene().getWindow()));
        return new MenuBar(file, new Menu("Help", null, about));
    }

    /** Asks for a table file, then for its columns. */
    private void chooseTable() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import a table: choose its columns");
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) importTable(f.toPath(), null);
    }

    /**
     * Opens the column-mapping dialog on a table (started from the choice kept for its header, else
     * guessed) and loads the table with the columns chosen.
     * @param why what the loader said, or null from the menu
     * @return the dialog, or null when the file is not a table (then said in one line)
     */
    public ColumnMappingDialog importTable(Path table, String why) {
        TablePreview preview;
        try {
            preview = TablePreview.of(table, 12);
        } catch (java.io.IOException | IllegalArgumentException e) {
            workspace.errors().notify("Cannot import the table", e instanceof java.io.IOException
                    ? "cannot read " + table + ": " + e.getMessage() : e.getMessage());
            return null;
        }
        SavedMappings saved = browser.mappings();
        ColumnMappingDialog d = new ColumnMappingDialog(getScene().getWindow(), preview, saved, why,
                preview.hasHeader() ? saved.forHeader(preview.columns()).orElse(null) : null);
        d.show(m -> browser.open(table, m), msg -> workspace.errors().notify("Column choice not kept", msg));
        return d;
    }

    /**
     * The same curves with the reviewed classes become the open catalog; the training view trains
     * on them, tested on the before model's held-back test stars when there is one.
     */
    private void trainOnCurated(org.cepheus.catalog.Catalog curated, Path before) {
        if (before == null) {
            showCuratedTraining(curated, null, null);
            return;
        }
        // the before model's manifest is read off the FX thread (a zip that may sit on a slow disk)
        workspace.jobs().start("Reading the before model's test stars", m -> {
            try {
                return org.cepheus.learn.TrainingJob.testStarsOf(before);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read " + before + ": " + e.getMessage(), e);
            }
        }, ids -> showCuratedTraining(curated, before, ids));
    }

    private void showCuratedTraining(org.cepheus.catalog.Catalog curated, Path before, java.util.Set<String> testIds) {
        workspace.open(curated, workspace.catalogPathProperty().get());
        training.testOnTestStarsOf(before, testIds);
        tabs.getSelectionModel().select(trainingTab);
    }

    /** Selects a star in the catalog table and brings the star view forward. */
    public void showStar(StarRow star) {
        tabs.getSelectionModel().select(catalogTab);
        workspace.selectedStarProperty().set(star);
    }

    public void open(Path path) {
        browser.open(path);
    }

    /** Opens the bundled sample data, or says where it was looked for. */
    public void openSampleData() {
        SampleData.locate().ifPresentOrElse(this::open, () -> workspace.errors().notify("No sample data",
                "sample-data/ was not found beside the working directory or the jar; use File ▸ Open."));
    }

    public Workspace workspace() { return workspace; }
    public CatalogBrowserView browser() { return browser; }
    public StarView starView() { return starView; }
    public TrainingView training() { return training; }
    public EvaluationView evaluation() { return evaluation; }
    public ClassificationView classification() { return classification; }
    public ReviewView review() { return review; }
    public Tab reviewTab() { return reviewTab; }
    public TabPane tabs() { return tabs; }
    public MenuItem exportFeaturesItem() { return exportFeatures; }
    public MenuItem exportReportItem() { return exportReport; }
    public Tab catalogTab() { return catalogTab; }
    public Tab trainingTab() { return trainingTab; }
    public Tab evaluationTab() { return evaluationTab; }
    public Tab classificationTab() { return classificationTab; }
}
