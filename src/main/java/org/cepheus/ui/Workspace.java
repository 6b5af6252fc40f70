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
import org.cepheus.catalog.LightCurve;

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
    private final JobRunner jobs;
    private final ErrorReporter errors;

    public Workspace(JobRunner jobs, ErrorReporter errors) {
        this.jobs = jobs;
        this.errors = errors;
    }

    /** Replaces the open catalog (FX thread). */
    public void open(Catalog newCatalog, Path path) {
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

    public ReadOnlyObjectProperty<Catalog> catalogProperty() { return catalog.getReadOnlyProperty(); }
    public Catalog catalog() { return catalog.get(); }
    public ReadOnlyObjectProperty<Path> catalogPathProperty() { return catalogPath.getReadOnlyProperty(); }
    public ObservableList<StarRow> stars() { return stars; }
    public StarRow star(String id) { return byId.get(id); }
    public ObjectProperty<StarRow> selectedStarProperty() { return selectedStar; }
    public JobRunner jobs() { return jobs; }
    public ErrorReporter errors() { return errors; }
}
