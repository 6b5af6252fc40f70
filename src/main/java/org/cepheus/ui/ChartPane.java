package org.cepheus.ui;

import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A JFreeChart viewer that can swap its chart and says how to zoom and pan. Drag zooms a box,
 * Ctrl-drag pans (JFreeChart-FX's defaults), the wheel zooms, the context menu resets.
 */
public final class ChartPane extends StackPane {
    private final ChartViewer viewer = new ChartViewer(null);
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label();

    public ChartPane() {
        getStyleClass().add("chart-pane");
        viewer.getCanvas().setTooltipEnabled(false); // tooltips cost a lookup per mouse move
        Tooltip.install(this, new Tooltip("Drag: zoom  ·  Ctrl+drag: pan  ·  wheel: zoom  ·  right click: reset"));
        placeholder.getStyleClass().add("hint");
        getChildren().addAll(viewer, placeholder);
        viewer.setVisible(false);
        setMinSize(200, 150);
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
