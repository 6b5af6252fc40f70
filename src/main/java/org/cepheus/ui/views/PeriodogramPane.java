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
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.Peak;
import org.cepheus.lightcurve.PeriodOptions;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.lightcurve.Periodogram;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.LatestJob;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.ToolRow;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.BandCharts;
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
    private final LatestJob<Searched> search;
    private final BandChoice bands;
    private Searched shownSearch;

    /** A search's periodogram, the bands it used and, for mgls of several bands, each band's own GLS. */
    private record Searched(Periodogram pg, List<LightCurve> used, List<Periodogram> perBand) { }

    public PeriodogramPane(Workspace workspace, DoubleConsumer foldAt, BandChoice bands) {
        this.workspace = workspace;
        this.bands = bands;
        this.foldAt = foldAt;
        this.search = new LatestJob<>(workspace.jobs(), "Period search");
        method.getItems().setAll(PeriodSearch.METHODS);
        method.getSelectionModel().select("gls");
        method.setId("periodMethod");
        method.setTooltip(new Tooltip("gls: generalised Lomb-Scargle · ce: conditional entropy · aov: multi-harmonic AoV "
                + "(better for eclipsing binaries, where Lomb-Scargle finds half the period) "
                + "· mgls: multiband Lomb-Scargle, all chosen bands at one period (VanderPlas & Ivezic 2015)"));
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
        return star == null ? "" : star.id() + "/" + method.getValue() + "/" + bands.describe(star);
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
        List<LightCurve> chosen = bands.chosen(star);
        String m = method.getValue();
        String key = key();
        info.setText("searching…");
        requested = key;
        search.start(mon -> searched(PeriodSearch.byName(m, PeriodOptions.defaults()), chosen, mon), s -> {
            shownSearch = s;
            display(s.pg(), key);
        });
    }

    /** mgls searches the chosen bands together (and each alone, to draw beside it); other methods the band with most points. */
    private static Searched searched(PeriodSearch ps, List<LightCurve> chosen, org.cepheus.service.ProgressMonitor mon) {
        if (!ps.multiband()) {
            LightCurve one = PeriodSearch.mostPoints(chosen);
            return new Searched(ps.search(one, mon), List.of(one), List.of());
        }
        Periodogram pg = ps.searchBands(chosen, mon);
        List<Periodogram> each = new java.util.ArrayList<>();
        if (chosen.size() > 1) {
            PeriodSearch gls = PeriodSearch.byName("gls", PeriodOptions.defaults());
            for (LightCurve c : chosen) each.add(c.size() < 4 ? null : gls.search(c, pg.grid(), mon));
        }
        return new Searched(pg, chosen, each);
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
        Searched used = shownSearch;
        String bandNames = String.join("+", used.used().stream().map(BandChoice::name).toList());
        chart.setChart(PeriodogramChart.create(star.id() + " periodogram (" + pg.method() + ", " + bandNames + ")", pg.frequencies(), pg.power(), pf, pp));
        bandLines(used, pg.method() + " " + bandNames);
        peaks.getItems().setAll(top);
        if (pg.hasPeak()) {
            info.setText(String.format("best P = %.6f d · power %.3f%s%s", pg.bestPeriod(), pg.bestPower(),
                    Double.isNaN(pg.fap()) ? "" : String.format(" · FAP %.2g", pg.fap()),
                    pg.best().aliases().isEmpty() ? "" : " · " + pg.best().aliases()));
            // the title says which band; the tooltip says why one band (a long line would widen the pane)
            info.setTooltip(used.used().size() < bands.chosen(star).size()
                    ? new Tooltip(pg.method() + " searches one band: " + bandNames + ", the one with most points; mgls searches all bands") : null);
            if (!(star.periodProperty().get() > 0)) star.periodProperty().set(pg.bestPeriod());
        } else {
            info.setText("no peak found");
        }
    }

    /** The band's colour on a one-band periodogram, dark for mgls of several with each band's own beneath; a legend. */
    private void bandLines(Searched s, String name) {
        java.awt.Color main = s.used().size() == 1 ? BandChoice.colour(star, s.used().get(0)) : new java.awt.Color(0x30, 0x30, 0x30);
        List<BandCharts.Line> beneath = new java.util.ArrayList<>();
        for (int i = 0; i < s.perBand().size(); i++) {
            Periodogram b = s.perBand().get(i);
            if (b == null) continue;
            LightCurve c = s.used().get(i);
            beneath.add(new BandCharts.Line("gls " + BandChoice.name(c), BandChoice.colour(star, c), b.frequencies(), b.power()));
        }
        BandCharts.periodogram(chart.chart(), name, main, beneath);
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
