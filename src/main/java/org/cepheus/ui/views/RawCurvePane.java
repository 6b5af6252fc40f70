package org.cepheus.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.cepheus.catalog.CatalogSummary;
import org.cepheus.catalog.Exclusions;
import org.cepheus.catalog.LightCurve;
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
    private final ToggleButton exclude = new ToggleButton("exclude points");
    private final Label picked = new Label();
    private RawCurveChart current;
    private final BandChoice bands; // null: all bands
    private StarRow star;
    private Consumer<List<LightCurve>> onEdited = bands -> { };

    public RawCurvePane() {
        this(null);
    }

    public RawCurvePane(BandChoice bands) {
        this.bands = bands;
        errorBars.setId("errorBars");
        errorBars.selectedProperty().addListener((o, was, on) -> {
            if (current != null) current.setErrorBars(on);
        });
        exclude.setId("excludePoints");
        exclude.setTooltip(new javafx.scene.control.Tooltip(
                "Drag a box: exclude the points in it from every computation (drag over excluded points to bring them back); "
                + "saved beside the catalog"));
        PointPicker picker = new PointPicker(chartPane, () -> star == null ? List.of() : star.bands(),
                b -> excludeBox(b[0], b[1], b[2], b[3]), picked::setText);
        picker.excludeModeProperty().bind(exclude.selectedProperty());
        errorBars.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        exclude.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox tools = new HBox(12, errorBars, exclude, info);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 8, 4, 8));
        setTop(tools);
        setCenter(chartPane);
        picked.setPadding(new Insets(2, 8, 2, 8));
        setBottom(picked);
    }

    @Override
    public void show(StarRow star) {
        this.star = star;
        picked.setText("");
        if (star == null) {
            chartPane.setChart(null);
            current = null;
            info.setText(""); // no star, no point count left from the last one
            return;
        }
        var shown = bands == null ? star.bands() : bands.chosen(star);
        current = new RawCurveChart(star.toString(), shown, star.bands());
        current.setErrorBars(errorBars.isSelected());
        chartPane.setChart(current.chart());
        int aside = SetAsideSeries.count(star.bands());
        int offAxis = CatalogSummary.setAsideCounts(star.bands()).getOrDefault(SetAside.Reason.TIME_OUTLIER, 0);
        info.setText(String.format("%,d points", shown.stream().mapToInt(LightCurve::size).sum()) + (aside == 0 ? "" : String.format(
                " · %,d set aside%s", aside, offAxis == 0 ? "" : String.format(" (%,d off the time axis)", offAxis))));
    }

    /** Who gets a star's curves after the user excluded or re-included points (the workspace). */
    public void setOnEdited(Consumer<List<LightCurve>> handler) { onEdited = handler; }

    /** Excludes the shown star's points inside the box, re-includes its excluded points inside it. */
    public void excludeBox(double t0, double t1, double m0, double m1) {
        if (star == null) return;
        List<LightCurve> bands = new ArrayList<>();
        boolean changed = false;
        for (LightCurve c : star.bands()) {
            LightCurve edited = Exclusions.toggle(c, t0, t1, m0, m1);
            changed |= edited != c;
            bands.add(edited);
        }
        if (changed) onEdited.accept(bands);
    }

    public ChartPane chartPane() { return chartPane; }
    public ToggleButton excludePoints() { return exclude; }
    /** The description of the last clicked point. */
    public Label picked() { return picked; }
    public CheckBox errorBars() { return errorBars; }
    /** The chart shown, or null. */
    public RawCurveChart current() { return current; }
}
