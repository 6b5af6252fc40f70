package org.cepheus.ui;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A JFreeChart viewer that can swap its chart and says how to zoom and pan. Drag zooms a box,
 * Ctrl-drag pans (JFreeChart-FX's defaults), the wheel zooms; the context menu resets the zoom,
 * saves the chart as PNG or SVG and copies its data as CSV.
 */
public final class ChartPane extends StackPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label();

    public ChartPane() {
        getStyleClass().add("chart-pane");
        viewer.getCanvas().setTooltipEnabled(false); // tooltips cost a lookup per mouse move
        Tooltip.install(this, new Tooltip("Drag: zoom  ·  Ctrl+drag: pan  ·  wheel: zoom  ·  right click: reset, save as PNG/SVG, copy data"));
        placeholder.getStyleClass().add("hint");
        getChildren().addAll(viewer, placeholder);
        viewer.setVisible(false);
        setMinSize(200, 150);
        menu();
    }

    /** Right click: reset the zoom, save the chart as PNG or SVG, copy its data as CSV. */
    private void menu() {
        javafx.scene.control.MenuItem reset = new javafx.scene.control.MenuItem("Reset zoom");
        reset.setOnAction(e -> {
            if (chart() != null && chart().getPlot() instanceof org.jfree.chart.plot.XYPlot p) {
                p.getDomainAxis().setAutoRange(true);
                p.getRangeAxis().setAutoRange(true);
            }
        });
        javafx.scene.control.MenuItem png = new javafx.scene.control.MenuItem("Save as PNG…");
        png.setOnAction(e -> save("png"));
        javafx.scene.control.MenuItem svg = new javafx.scene.control.MenuItem("Save as SVG…");
        svg.setOnAction(e -> save("svg"));
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy data as CSV");
        copy.setId("copyChartData");
        copy.setOnAction(e -> copyData());
        viewer.getContextMenu().getItems().setAll(reset, new javafx.scene.control.SeparatorMenuItem(), png, svg, copy);
    }

    private void save(String format) {
        JFreeChart c = chart();
        if (c == null || getScene() == null) return;
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Save the chart as " + format.toUpperCase());
        chooser.setInitialFileName(fileName(c) + "." + format);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(format.toUpperCase(), "*." + format));
        java.io.File f = chooser.showSaveDialog(getScene().getWindow());
        if (f == null) return;
        int w = (int) Math.max(400, getWidth()), h = (int) Math.max(300, getHeight());
        try {
            if (format.equals("png")) org.cepheus.ui.charts.ChartExport.png(c, f.toPath(), w, h);
            else org.cepheus.ui.charts.ChartExport.svg(c, f.toPath(), w, h);
        } catch (java.io.IOException ex) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    org.cepheus.service.UserMessages.forWorkbench(ex)).show();
        }
    }

    /** Puts the chart's points on the clipboard as CSV; returns the text (for tests). */
    public String copyData() {
        JFreeChart c = chart();
        if (c == null) return "";
        try {
            String text = org.cepheus.ui.charts.ChartExport.csv(c);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            return text;
        } catch (java.io.IOException ex) {
            return ""; // writing to a string cannot fail
        }
    }

    private static String fileName(JFreeChart c) {
        String t = c.getTitle() == null ? "chart" : c.getTitle().getText();
        return t.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /** Shows the chart, or the placeholder text when chart is null. */
    public void setChart(JFreeChart chart) {
        if (chart != null) viewer.setChart(chart);
        viewer.setVisible(chart != null);
        placeholder.setVisible(chart == null);
    }

    /** The text shown while there is no chart. */
    public void setPlaceholder(String text) {
        placeholder.setText(text);
    }

    /** The chart shown, or null when none. */
    public JFreeChart chart() {
        return viewer.isVisible() ? viewer.getChart() : null;
    }

    public ChartViewer viewer() {
        return viewer;
    }
}
