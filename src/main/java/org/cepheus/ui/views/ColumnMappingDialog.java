package org.cepheus.ui.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cepheus.catalog.ColumnMapping;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.ReadResult;
import org.cepheus.catalog.SavedMappings;
import org.cepheus.catalog.TablePreview;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.charts.RawCurveChart;

/**
 * File ▸ Import table…, and what opens when a table's columns cannot be told: the user picks the
 * time, magnitude, error, star-id and band columns and the time scale, sees the first rows and the
 * curve they give, and may keep the choice for files with the same header. The result is the same
 * {@link ColumnMapping} the command line's --columns gives.
 */
public final class ColumnMappingDialog {
    /** The choice for an optional column that the table does not have. */
    static final String NONE = "(none)";
    /** The time-scale choice that leaves it to the time column's name. */
    static final String FROM_HEADER = "(as the column name says)";
    private static final int PREVIEW_ROWS = 12;

    private final TablePreview preview;
    private final SavedMappings saved;
    private final Dialog<ColumnMapping> dialog = new Dialog<>();
    private final ComboBox<String> time = new ComboBox<>(), mag = new ComboBox<>(), err = new ComboBox<>(),
            id = new ComboBox<>(), band = new ComboBox<>(), scale = new ComboBox<>();
    private final CheckBox remember = new CheckBox("Remember for files with this header");
    private final Label status = new Label();
    private final ChartPane curve = new ChartPane();
    private final ButtonType load = new ButtonType("Load", ButtonBar.ButtonData.OK_DONE);

    /**
     * @param why     what the loader said (the columns could not be told), or null from the menu
     * @param initial the mapping to start from (a saved one), or null: guessed from the header
     */
    public ColumnMappingDialog(Window owner, TablePreview preview, SavedMappings saved, String why, ColumnMapping initial) {
        this.preview = preview;
        this.saved = saved;
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle("Import table — " + preview.file().getFileName());
        dialog.setHeaderText((why == null ? "" : why + "\n") + "Choose the columns of " + preview.file().getFileName()
                + (preview.hasHeader() ? "" : " (no header: columns by number)"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(load, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(860, 640);
        dialog.getDialogPane().setId("columnMappingDialog");
        set(initial != null ? initial : preview.guess());
        for (ComboBox<String> c : List.of(time, mag, err, id, band, scale)) c.valueProperty().addListener((o, a, b) -> update());
        update();
        dialog.setResultConverter(b -> b == load ? mapping() : null);
    }

    private VBox content() {
        List<String> cols = preview.columns();
        List<String> optional = new ArrayList<>();
        optional.add(NONE);
        optional.addAll(cols);
        time.setItems(FXCollections.observableArrayList(cols));
        mag.setItems(FXCollections.observableArrayList(cols));
        for (ComboBox<String> c : List.of(err, id, band)) c.setItems(FXCollections.observableArrayList(optional));
        List<String> scales = new ArrayList<>();
        scales.add(FROM_HEADER);
        scales.addAll(ColumnMapping.SCALES);
        scale.setItems(FXCollections.observableArrayList(scales));
        scale.setEditable(true); // any scale of the same form: "JD-2440000"
        String[] ids = {"mapTime", "mapMag", "mapErr", "mapId", "mapBand", "mapScale"};
        String[] names = {"time", "magnitude", "error", "star id", "band", "time scale"};
        ComboBox<?>[] boxes = {time, mag, err, id, band, scale};
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < boxes.length; i++) {
            boxes[i].setId(ids[i]);
            boxes[i].setMaxWidth(Double.MAX_VALUE);
            grid.add(new Label(names[i]), (i / 3) * 2, i % 3);
            grid.add(boxes[i], (i / 3) * 2 + 1, i % 3);
        }
        remember.setId("rememberMapping");
        remember.setDisable(!preview.hasHeader()); // kept by header: a table without one has nothing to match
        status.setId("mappingStatus");
        status.setWrapText(true);
        curve.setPrefHeight(260);
        VBox box = new VBox(8, grid, new Label("first rows"), rowsTable(), new Label(preview.wholeFile()
                ? "the curve" : "the curve (first part of the file)"),
                curve, status, remember);
        VBox.setVgrow(curve, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        return box;
    }

    private TableView<List<String>> rowsTable() {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        table.setId("mappingRows");
        List<String> cols = preview.columns();
        for (int i = 0; i < cols.size(); i++) {
            int k = i;
            TableColumn<List<String>, String> c = new TableColumn<>(cols.get(i));
            c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(k < r.getValue().size() ? r.getValue().get(k) : ""));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.setPrefHeight(170);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return table;
    }

    /** Puts a mapping into the choices (entries the table lacks stay empty). */
    void set(ColumnMapping m) {
        time.setValue(column(m.time(), null));
        mag.setValue(column(m.mag(), null));
        err.setValue(column(m.err(), NONE));
        id.setValue(column(m.id(), NONE));
        band.setValue(column(m.band(), NONE));
        scale.setValue(m.scale() == null ? FROM_HEADER : m.scale());
    }

    /** The preview's own spelling of a mapped column, or the fallback. */
    private String column(String entry, String otherwise) {
        if (entry == null) return otherwise;
        for (String c : preview.columns()) if (c.equalsIgnoreCase(entry)) return c;
        return otherwise;
    }

    /** The mapping chosen, or null while time or magnitude is missing or the scale is not one. */
    public ColumnMapping mapping() {
        if (time.getValue() == null || mag.getValue() == null) return null;
        String s = scale.getValue();
        try {
            return new ColumnMapping(optional(id), time.getValue(), mag.getValue(), optional(err), optional(band), null,
                    s == null || s.isBlank() || s.equals(FROM_HEADER) ? null : s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String optional(ComboBox<String> c) {
        return c.getValue() == null || c.getValue().equals(NONE) ? null : c.getValue();
    }

    /** Redraws the curve preview and says what the mapping gives; Load only with a usable mapping. */
    private void update() {
        ColumnMapping m = mapping();
        String problem = null;
        List<LightCurve> curves = List.of();
        if (m == null) {
            problem = time.getValue() == null || mag.getValue() == null ? "choose the time and magnitude columns"
                    : "unknown time scale '" + scale.getValue() + "': e.g. JD, HJD, BJD_TDB, MJD, HJD-2450000";
        } else if (m.time().equals(m.mag())) {
            problem = "time and magnitude are the same column";
        } else {
            ReadResult r = preview.read(m);
            curves = r.curves();
            if (curves.isEmpty()) problem = r.problems().isEmpty() ? "no rows read" : r.problems().get(0).message();
            else if (!r.problems().isEmpty()) problem = r.problems().size() + " problem(s), the first: " + r.problems().get(0);
        }
        dialog.getDialogPane().lookupButton(load).setDisable(m == null || curves.isEmpty());
        if (curves.isEmpty()) {
            curve.setChart(null);
        } else {
            List<LightCurve> shown = curves.size() > 4 ? curves.subList(0, 4) : curves; // a few stars say enough
            curve.setChart(new RawCurveChart(shown.get(0).id(), shown).chart());
        }
        int points = curves.stream().mapToInt(LightCurve::size).sum();
        String read = curves.isEmpty() ? "" : String.format("%,d point%s in %d curve%s%s; --columns %s", points,
                points == 1 ? "" : "s", curves.size(), curves.size() == 1 ? "" : "s",
                preview.wholeFile() ? "" : " in the first part of the file", m);
        status.setText(problem == null ? read : read.isEmpty() ? problem : read + "\n" + problem);
    }

    /**
     * Shows the dialog without blocking; {@code onChosen} gets the mapping when the user presses
     * Load (after keeping it when asked). Cancel gives nothing.
     */
    public void show(Consumer<ColumnMapping> onChosen, Consumer<String> onSaveFailed) {
        dialog.setOnHidden(e -> {
            ColumnMapping m = dialog.getResult();
            if (m == null) return;
            if (remember.isSelected() && preview.hasHeader()) {
                try {
                    saved.put(preview.columns(), m);
                } catch (IOException ex) {
                    onSaveFailed.accept("cannot save the column choice to " + saved.file() + ": " + ex.getMessage());
                }
            }
            onChosen.accept(m);
        });
        dialog.show();
    }

    public Dialog<ColumnMapping> dialog() { return dialog; }
    public CheckBox remember() { return remember; }
    public Label status() { return status; }
    public ChartPane curve() { return curve; }
}
