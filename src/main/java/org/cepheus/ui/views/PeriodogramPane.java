package org.cepheus.ui.views;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.cepheus.lightcurve.Peak;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.lightcurve.Periodogram;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.LatestJob;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.ToolRow;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.PeriodogramChart;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;

/**
 * The star's periodogram from the core's period search (method of the user's choice), computed
 * in the background; its top peaks are marked and listed, and clicking one (on the chart or in
 * the list) folds the curve at that period.
 */
public final class PeriodogramPane extends BorderPane implements StarPane {
    private final Workspace workspace;
    private final DoubleConsumer foldAt;
    private final ComboBox<String> method = new ComboBox<>();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label info = new Label();
    private final ChartPane chart = new ChartPane();
    private final ListView<Peak> peaks = new ListView<>();
    private StarRow star;
    private Periodogram shown;
    private String shownKey;
    private String requested; // key of the newest search started, shown or not
    private final LatestJob<Periodogram> search;

    public PeriodogramPane(Workspace workspace, DoubleConsumer foldAt) {
        this.workspace = workspace;
        this.foldAt = foldAt;
        this.search = new LatestJob<>(workspace.jobs(), "Period search");
        method.getItems().setAll(PeriodSearch.METHODS);
        method.getSelectionModel().select("gls");
        method.setId("periodMethod");
        method.setTooltip(new Tooltip("gls: generalised Lomb-Scargle · ce: conditional entropy · aov: multi-harmonic AoV "
                + "(better for eclipsing binaries, where Lomb-Scargle finds half the period)"));
        method.valueProperty().addListener((o, was, now) -> compute());
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(search.runningProperty());
        setTop(new ToolRow(new Label("method"), method, busy, info));
        chart.setPlaceholder("Select a star");
        chart.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                clickedAt(e.getTrigger().getX());
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) { }
        });
        peaks.setId("peakList");
        peaks.setPrefHeight(120);
        peaks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Peak p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : String.format("P = %.6f d   power %.3f%s", p.period(), p.power(),
                        p.aliases().isEmpty() ? "" : "  " + p.aliases()));
            }
        });
        peaks.setOnMouseClicked(e -> {
            Peak p = peaks.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() >= 1) foldAt.accept(p.period());
        });
        Tooltip.install(peaks, new Tooltip("Click a peak to fold the curve at its period"));
        SplitPane split = new SplitPane(chart, peaks);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.8);
        setCenter(split);
    }

    @Override
    public void show(StarRow s) {
        star = s;
        compute();
    }

    /** True once the periodogram of the shown star and method is on screen. */
    public boolean isReady() {
        return star == null || key().equals(shownKey);
    }

    private String key() {
        return star == null ? "" : star.id() + "/" + method.getValue();
    }

    @Override
    public void cancel() {
        search.cancel();
    }

    private void compute() {
        if (star == null) { // nothing selected (e.g. a catalog that loaded nothing): no stale period on screen
            search.cancel();
            chart.setChart(null);
            info.setText("");
            peaks.getItems().clear();
            shown = null;
            shownKey = "";
            return;
        }
        if (key().equals(shownKey)) {
            if (!shownKey.equals(requested)) { // back to the star on screen: drop the search for the one in between
                search.cancel();
                requested = shownKey;
                display(shown, shownKey);
            }
            return;
        }
        var lc = star.primary();
        String m = method.getValue();
        String key = key();
        info.setText("searching…");
        requested = key;
        search.start(mon -> PeriodSearch.byName(m, PeriodOptions.defaults()).search(lc, mon), pg -> display(pg, key));
    }

    private void display(Periodogram pg, String key) {
        shown = pg;
        shownKey = key;
        List<Peak> top = pg.peaks();
        double[] pf = new double[top.size()], pp = new double[top.size()];
        for (int i = 0; i < pf.length; i++) {
            pf[i] = top.get(i).frequency();
            pp[i] = top.get(i).power();
        }
        chart.setChart(PeriodogramChart.create(star.id() + " periodogram (" + pg.method() + ")", pg.frequencies(), pg.power(), pf, pp));
        peaks.getItems().setAll(top);
        if (pg.hasPeak()) {
            info.setText(String.format("best P = %.6f d · power %.3f%s%s", pg.bestPeriod(), pg.bestPower(),
                    Double.isNaN(pg.fap()) ? "" : String.format(" · FAP %.2g", pg.fap()),
                    pg.best().aliases().isEmpty() ? "" : " · " + pg.best().aliases()));
            if (!(star.periodProperty().get() > 0)) star.periodProperty().set(pg.bestPeriod());
        } else {
            info.setText("no peak found");
        }
    }

    /** Folds at the peak nearest to the clicked x (within 30 pixels). */
    private void clickedAt(double x) {
        if (shown == null || chart.chart() == null || chart.viewer().getRenderingInfo() == null) return;
        Rectangle2D area = chart.viewer().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        Peak best = null;
        double bestDist = 30;
        for (Peak p : shown.peaks()) {
            double px = plot.getDomainAxis().valueToJava2D(p.frequency(), area, plot.getDomainAxisEdge());
            double d = Math.abs(px - x);
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        if (best != null) foldAt.accept(best.period());
    }

    public ChartPane chartPane() { return chart; }
    public ListView<Peak> peakList() { return peaks; }
    public Periodogram periodogram() { return shown; }
}
