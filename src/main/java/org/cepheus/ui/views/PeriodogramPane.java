package org.cepheus.ui.views;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FrequencyGrid;
import org.cepheus.lightcurve.Peak;
import org.cepheus.lightcurve.Prewhitening;
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
    private final ComboBox<PeriodogramChart.Axis> axis = new ComboBox<>();
    private final Button prewhiten = new Button("Prewhiten");
    private final javafx.scene.control.CheckBox windowBox = new javafx.scene.control.CheckBox("spectral window");
    private final LatestJob<double[]> windowJob;
    private double[] windowPower; // of the shown periodogram's grid and bands; null when off
    private final ListView<Row> peaks = new ListView<>();
    private final Label header = new Label(Row.HEADER);
    private final LatestJob<List<Periodogram>> whitening;
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
        this.whitening = new LatestJob<>(workspace.jobs(), "Prewhitening");
        this.windowJob = new LatestJob<>(workspace.jobs(), "Spectral window");
        windowBox.setId("spectralWindow");
        windowBox.setTooltip(new Tooltip("Draw the periodogram of the time stamps alone beneath: peaks the sampling makes "
                + "(1 c/d, the Moon, the seasons); a data peak at f has aliases at f ± each"));
        windowBox.selectedProperty().addListener((o, was, on) -> window());
        method.getItems().setAll(PeriodSearch.METHODS);
        method.getSelectionModel().select("gls");
        method.setId("periodMethod");
        method.setTooltip(new Tooltip("gls: generalised Lomb-Scargle · ce: conditional entropy · aov: multi-harmonic AoV "
                + "(better for eclipsing binaries, where Lomb-Scargle finds half the period) "
                + "· mgls: multiband Lomb-Scargle, all chosen bands at one period (VanderPlas & Ivezic 2015)"));
        method.valueProperty().addListener((o, was, now) -> compute());
        busy.setPrefSize(22, 22);
        axis.getItems().setAll(PeriodogramChart.Axis.values());
        axis.setValue(PeriodogramChart.Axis.FREQUENCY);
        axis.setId("periodogramAxis");
        axis.setTooltip(new Tooltip("x axis: frequency or period, linear or logarithmic (long periods are squashed on a linear frequency axis)"));
        axis.valueProperty().addListener((o, was, now) -> { if (shown != null) draw(); });
        prewhiten.setId("prewhiten");
        prewhiten.setTooltip(new Tooltip("Fit the best period (with harmonics), subtract it and search again, "
                + PeriodOptions.defaults().peakAnalysis().prewhitenSteps() + " times: the successive periods "
                + "(double-mode RRd, multiperiodic stars)"));
        prewhiten.setOnAction(e -> prewhiten());
        busy.visibleProperty().unbind();
        busy.visibleProperty().bind(search.runningProperty().or(whitening.runningProperty()));
        // the info on a line of its own, wrapped when long: a flow row would widen the view to its length
        info.setMinWidth(0);
        info.setWrapText(true);
        info.setStyle("-fx-padding: 0 0 2 8;");
        setTop(new javafx.scene.layout.VBox(2, new ToolRow(new Label("method"), method, new Label("x"), axis, windowBox, prewhiten, busy), info));
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
        peaks.setPrefHeight(130);
        peaks.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.text());
            }
        });
        peaks.setStyle("-fx-font-family: monospace;");
        header.setStyle("-fx-font-family: monospace; -fx-padding: 2 0 0 10;");
        peaks.setOnMouseClicked(e -> {
            Row p = peaks.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() >= 1) foldAt.accept(p.period());
        });
        Tooltip.install(peaks, new Tooltip("Click a peak to fold the curve at its period"));
        SplitPane split = new SplitPane(chart, new BorderPane(peaks, header, null, null, null));
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
        whitening.cancel();
        windowJob.cancel();
    }

    private void compute() {
        whitening.cancel(); // its steps belong to the star or method before
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
        windowPower = null;
        draw();
        window();
        peaks.getItems().setAll(pg.peaks().stream().map(p -> new Row(0, p)).toList());
        if (pg.hasPeak()) {
            info.setText(String.format("best P = %s d · power %.3f%s%s", Row.withError(pg.best()), pg.bestPower(),
                    Double.isNaN(pg.fap()) ? "" : String.format(" · FAP %.2g", pg.fap()),
                    pg.best().aliases().isEmpty() ? "" : " · " + pg.best().aliasText()));
            // the title says which band; the tooltip says why one band (a long line would widen the pane)
            Searched used = shownSearch;
            String bandNames = String.join("+", used.used().stream().map(BandChoice::name).toList());
            info.setTooltip(used.used().size() < bands.chosen(star).size()
                    ? new Tooltip(pg.method() + " searches one band: " + bandNames + ", the one with most points; mgls searches all bands") : null);
            if (!(star.periodProperty().get() > 0)) star.periodProperty().set(pg.bestPeriod());
        } else {
            info.setText("no peak found");
        }
    }

    /** The shown periodogram on the chosen x axis. */
    private void draw() {
        Periodogram pg = shown;
        List<Peak> top = pg.peaks();
        double[] pf = new double[top.size()], pp = new double[top.size()];
        for (int i = 0; i < pf.length; i++) {
            pf[i] = top.get(i).frequency();
            pp[i] = top.get(i).power();
        }
        Searched used = shownSearch;
        String bandNames = String.join("+", used.used().stream().map(BandChoice::name).toList());
        chart.setChart(PeriodogramChart.create(star.id() + " periodogram (" + pg.method() + ", " + bandNames + ")",
                pg.frequencies(), pg.power(), pf, pp, axis.getValue()));
        bandLines(used, pg.method() + " " + bandNames);
    }

    /** Computes the spectral window of the shown search's sampling (when asked for), then redraws. */
    private void window() {
        windowJob.cancel();
        if (!windowBox.isSelected() || shown == null || shownSearch == null) {
            if (windowPower != null) {
                windowPower = null;
                draw();
            }
            return;
        }
        Periodogram pg = shown;
        double[] t = shownSearch.used().stream().flatMapToDouble(c -> java.util.Arrays.stream(c.time())).toArray();
        windowJob.start(m -> org.cepheus.lightcurve.SpectralWindow.power(t, pg.grid(), m), w -> {
            if (pg != shown) return;
            windowPower = w;
            draw();
        });
    }

    /** The spectral window drawn, or null. */
    public double[] windowPower() { return windowPower; }

    public javafx.scene.control.CheckBox windowToggle() { return windowBox; }

    /** Prewhitening of the shown star with the shown method: the list shows each step's period. */
    private void prewhiten() {
        if (star == null) return;
        var lc = PeriodSearch.mostPoints(bands.chosen(star)); // prewhitening works on one band
        String m = method.getValue();
        PeriodOptions o = PeriodOptions.defaults();
        int steps = o.peakAnalysis().prewhitenSteps();
        String id = star.id();
        info.setText("prewhitening…");
        whitening.start(mon -> {
            PeriodSearch s = PeriodSearch.byName(m, o);
            return Prewhitening.run(s, lc, FrequencyGrid.forCurve(lc, o), steps, o.peakAnalysis(), mon);
        }, list -> {
            if (star == null || !star.id().equals(id)) return;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) if (list.get(i).hasPeak()) rows.add(new Row(i + 1, list.get(i).best()));
            peaks.getItems().setAll(rows);
            StringBuilder b = new StringBuilder("prewhitened:");
            for (Row r : rows) b.append(String.format(" P%d %.6f", r.step(), r.period()));
            if (rows.size() > 1) b.append(String.format(" d · P2/P1 %.4f", rows.get(1).period() / rows.get(0).period()));
            info.setText(b.toString());
        });
    }

    /**
     * A row of the peak list: a peak of the periodogram (step 0) or the period of one prewhitening
     * step, with its S/N, FAP, aliases and, for a best peak, its period uncertainty.
     */
    public record Row(int step, Peak peak) {
        static final String HEADER = String.format("%-4s %-22s %-7s %-7s %-8s %s", "step", "period [d]", "power", "S/N", "FAP", "aliases");

        public double period() { return peak.period(); }

        String text() {
            return String.format("%-4s %-22s %-7.3f %-7s %-8s %s", step == 0 ? "" : Integer.toString(step), withError(peak),
                    peak.power(), Double.isNaN(peak.snr()) ? "" : String.format("%.1f", peak.snr()),
                    Double.isNaN(peak.fap()) ? "" : String.format("%.2g", peak.fap()), peak.aliasText());
        }

        /** "3.733544 ± 7.3e-06", or the period alone without an uncertainty. */
        static String withError(Peak p) {
            return Double.isNaN(p.periodError()) ? String.format("%.6f", p.period())
                    : String.format("%.6f ± %.1e", p.period(), p.periodError());
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
            beneath.add(onAxis("gls " + BandChoice.name(c), BandChoice.colour(star, c), b.frequencies(), b.power()));
        }
        if (windowPower != null && windowPower.length == shown.frequencies().length) {
            beneath.add(onAxis("spectral window", new java.awt.Color(0x80, 0x80, 0x80), shown.frequencies(), windowPower));
        }
        BandCharts.periodogram(chart.chart(), name, main, beneath);
    }

    /** A line beneath the periodogram on the chosen x axis (periods ascending, as the main curve). */
    private BandCharts.Line onAxis(String name, java.awt.Color colour, double[] f, double[] y) {
        double[][] xy = PeriodogramChart.onAxis(f, y, axis.getValue());
        return new BandCharts.Line(name, colour, xy[0], xy[1]);
    }

    /** Folds at the peak nearest to the clicked x (within 30 pixels). */
    private void clickedAt(double x) {
        if (shown == null || chart.chart() == null || chart.viewer().getRenderingInfo() == null) return;
        Rectangle2D area = chart.viewer().getRenderingInfo().getPlotInfo().getDataArea();
        XYPlot plot = chart.chart().getXYPlot();
        Peak best = null;
        double bestDist = 30;
        for (Peak p : shown.peaks()) {
            double px = plot.getDomainAxis().valueToJava2D(axis.getValue().x(p.frequency()), area, plot.getDomainAxisEdge());
            double d = Math.abs(px - x);
            if (d < bestDist) {
                bestDist = d;
                best = p;
            }
        }
        if (best != null) foldAt.accept(best.period());
    }

    public ChartPane chartPane() { return chart; }
    public ListView<Row> peakList() { return peaks; }
    public ComboBox<PeriodogramChart.Axis> axisChoice() { return axis; }
    public ComboBox<String> methodChoice() { return method; }
    public Button prewhitenButton() { return prewhiten; }
    public Periodogram periodogram() { return shown; }
}
