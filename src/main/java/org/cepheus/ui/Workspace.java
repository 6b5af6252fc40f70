package org.cepheus.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.Exclusions;
import org.cepheus.catalog.LightCurve;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.FeatureStore;
import org.cepheus.learn.Prediction;
import org.cepheus.learn.ThreadBudget;

/**
 * What one workbench window has open: the catalog, its rows, the selected star. Views receive it
 * in their constructor and observe its properties; there is no global singleton, so a closed
 * window and its listeners are simply garbage.
 */
public final class Workspace {
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ReadOnlyObjectWrapper<Path> catalogPath = new ReadOnlyObjectWrapper<>(this, "catalogPath");
    private final ObservableList<StarRow> stars = FXCollections.observableArrayList();
    private final ObjectProperty<StarRow> selectedStar = new SimpleObjectProperty<>(this, "selectedStar");
    private final Map<String, StarRow> byId = new HashMap<>();
    private final ObjectProperty<Path> modelPath = new SimpleObjectProperty<>(this, "modelPath");
    private final ObjectProperty<EvaluationResult> evaluation = new SimpleObjectProperty<>(this, "evaluation");
    private final JobRunner jobs;
    private final ErrorReporter errors;
    private final FeatureStore features;
    private final ThreadBudget threads;
    private final Path modelsFolder;

    /**
     * @param features     where the jobs keep extracted features (closed by the caller)
     * @param threads      the native threads training may use
     * @param modelsFolder where new models are saved unless the user picks another file
     */
    public Workspace(JobRunner jobs, ErrorReporter errors, FeatureStore features, ThreadBudget threads, Path modelsFolder) {
        this.jobs = jobs;
        this.errors = errors;
        this.features = features;
        this.threads = threads;
        this.modelsFolder = modelsFolder;
    }

    /** A workspace that keeps features in memory only and leaves ND4J's threads alone (tests, embedding). */
    public Workspace(JobRunner jobs, ErrorReporter errors) {
        this(jobs, errors, FeatureStore.inMemory(), ThreadBudget.unchanged(), Path.of("cepheus-models"));
    }

    /** Outliers the user brought back among the points, kept in the sidecar with the exclusions. */
    private java.util.Set<Exclusions.Point> broughtBack = new java.util.HashSet<>();

    /** Replaces the open catalog (FX thread). */
    public void open(Catalog newCatalog, Path path) {
        broughtBack = new java.util.HashSet<>();
        if (path != null) {
            try {
                broughtBack.addAll(Exclusions.readBeside(path).included());
            } catch (java.io.IOException e) {
                // the load already said the sidecar could not be read
            }
        }
        List<StarRow> rows = new ArrayList<>();
        byId.clear();
        for (Map.Entry<String, List<LightCurve>> e : newCatalog.byStar().entrySet()) {
            StarRow row = new StarRow(e.getKey(), e.getValue());
            rows.add(row);
            byId.put(row.id(), row);
        }
        selectedStar.set(null);
        stars.setAll(rows);
        catalogPath.set(path);
        catalog.set(newCatalog);
    }

    /**
     * The star with new curves (points the user excluded or re-included), in the table, the
     * catalog every later job reads and the sidecar beside the catalog file (FX thread).
     * @return the new row, now selected
     */
    public StarRow replaceStar(StarRow old, List<LightCurve> bands) {
        StarRow row = new StarRow(old.id(), bands);
        row.periodProperty().set(old.periodProperty().get());
        row.predictedProperty().set(old.predictedProperty().get());
        row.probabilityProperty().set(old.probabilityProperty().get());
        row.flagProperty().set(old.flagProperty().get());
        int i = stars.indexOf(old);
        if (i >= 0) stars.set(i, row);
        byId.put(row.id(), row);
        Catalog was = catalog.get();
        if (was != null) {
            List<LightCurve> curves = new ArrayList<>(was.size());
            boolean placed = false;
            for (LightCurve c : was.curves()) {
                if (!c.id().equals(old.id())) curves.add(c);
                else if (!placed) {
                    curves.addAll(bands);
                    placed = true;
                }
            }
            Catalog now = new Catalog(was.name(), curves, was.problems(), was.skippedFiles());
            catalog.set(now);
            for (LightCurve before : old.bands()) {
                for (LightCurve after : bands) if (after.band().equals(before.band())) broughtBack.addAll(Exclusions.broughtBack(before, after));
            }
            Exclusions saved = Exclusions.of(now.curves(), broughtBack);
            broughtBack = new java.util.HashSet<>(saved.included()); // an outlier excluded again is no longer brought back
            if (catalogPath.get() != null) {
                try {
                    saved.saveBeside(catalogPath.get());
                } catch (java.io.IOException e) {
                    errors.notify("Excluded points not saved", "cannot write " + Exclusions.sidecarOf(catalogPath.get())
                            + ": " + e.getMessage());
                }
            }
        }
        selectedStar.set(row);
        return row;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() { return catalog.getReadOnlyProperty(); }
    public Catalog catalog() { return catalog.get(); }
    public ReadOnlyObjectProperty<Path> catalogPathProperty() { return catalogPath.getReadOnlyProperty(); }
    public ObservableList<StarRow> stars() { return stars; }
    public StarRow star(String id) { return byId.get(id); }
    public ObjectProperty<StarRow> selectedStarProperty() { return selectedStar; }
    /** The model file last trained or loaded; evaluation and classification default to it. */
    public ObjectProperty<Path> modelPathProperty() { return modelPath; }
    /** The last evaluation (from training's test part or an explicit evaluation). */
    public ObjectProperty<EvaluationResult> evaluationProperty() { return evaluation; }

    /** Puts predictions into the table's predicted/probability columns (FX thread). */
    public void applyPredictions(List<Prediction> predictions) {
        for (StarRow row : stars) {
            row.predictedProperty().set(null);
            row.probabilityProperty().set(Double.NaN);
            row.flagProperty().set(null);
        }
        for (Prediction p : predictions) {
            StarRow row = byId.get(p.id());
            if (row == null) continue;
            row.predictedProperty().set(p.predicted());
            row.probabilityProperty().set(p.probability());
            row.flagProperty().set(p.flags().isEmpty() ? null
                    : p.flags().stream().map(Prediction.Flag::code).sorted().reduce((a, b) -> a + "," + b).orElse(null));
        }
    }

    public JobRunner jobs() { return jobs; }
    public ErrorReporter errors() { return errors; }
    public FeatureStore features() { return features; }
    public ThreadBudget threads() { return threads; }
    public Path modelsFolder() { return modelsFolder; }
}
