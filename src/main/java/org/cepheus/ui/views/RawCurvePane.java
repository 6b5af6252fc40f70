package org.cepheus.ui.views;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.charts.RawCurveChart;

/** The raw light curve of the selected star with an error-bar toggle. */
public final class RawCurvePane extends BorderPane implements StarPane {
    private final ChartPane chartPane = new ChartPane();
    private final CheckBox errorBars = new CheckBox("error bars");
    private final Label info = new Label();
    private RawCurveChart current;
    private final BandChoice bands; // null: all bands

    public RawCurvePane() {
        this(null);
    }

    public RawCurvePane(BandChoice bands) {
        this.bands = bands;
        errorBars.setId("errorBars");
        errorBars.selectedProperty().addListener((o, was, on) -> {
            if (current != null) current.setErrorBars(on);
        });
        HBox tools = new HBox(12, errorBars, info);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 8, 4, 8));
        setTop(tools);
        setCenter(chartPane);
    }

    @Override
    public void show(StarRow star) {
        if (star == null) {
            chartPane.setChart(null);
            current = null;
            return;
        }
        var shown = bands == null ? star.bands() : bands.chosen(star);
        current = new RawCurveChart(star.toString(), shown, star.bands());
        current.setErrorBars(errorBars.isSelected());
        chartPane.setChart(current.chart());
        info.setText(String.format("%,d points", shown.stream().mapToInt(org.cepheus.catalog.LightCurve::size).sum()));
    }

    public ChartPane chartPane() { return chartPane; }
    public CheckBox errorBars() { return errorBars; }
}
