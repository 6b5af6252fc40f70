package org.cepheus.ui.views;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.cepheus.catalog.CatalogSummary;
import org.cepheus.catalog.SetAside;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.charts.RawCurveChart;
import org.cepheus.ui.charts.SetAsideSeries;

/** The raw light curve of the selected star with an error-bar toggle. */
public final class RawCurvePane extends BorderPane implements StarPane {
    private final ChartPane chartPane = new ChartPane();
    private final CheckBox errorBars = new CheckBox("error bars");
    private final Label info = new Label();
    private RawCurveChart current;

    public RawCurvePane() {
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
        current = new RawCurveChart(star.toString(), star.bands());
        current.setErrorBars(errorBars.isSelected());
        chartPane.setChart(current.chart());
        int aside = SetAsideSeries.count(star.bands());
        int offAxis = CatalogSummary.setAsideCounts(star.bands()).getOrDefault(SetAside.Reason.TIME_OUTLIER, 0);
        info.setText(String.format("%,d points", star.points()) + (aside == 0 ? "" : String.format(
                ", %,d set aside (grey, not used%s)", aside, offAxis == 0 ? "" : String.format(
                        "; %,d with a bad time, off the axis", offAxis))));
    }

    public ChartPane chartPane() { return chartPane; }
    public CheckBox errorBars() { return errorBars; }
    /** The chart shown, or null. */
    public RawCurveChart current() { return current; }
}
