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

    public ChartPane() {
        getStyleClass().add("chart-pane");
        viewer.getCanvas().setTooltipEnabled(false); // tooltips cost a lookup per mouse move
        Tooltip.install(this, new Tooltip("Drag: zoom  ·  Ctrl+drag: pan  ·  wheel: zoom  ·  right click: reset"));
        getChildren().add(viewer);
        setMinSize(200, 150);
    }

    public void setChart(JFreeChart chart) {
        viewer.setChart(chart);
    }

    public JFreeChart chart() {
        return viewer.getChart();
    }

    public ChartViewer viewer() {
        return viewer;
    }
}
