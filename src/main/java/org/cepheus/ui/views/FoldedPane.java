package org.cepheus.ui.views;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.FoldPreset;
import org.cepheus.lightcurve.FoldedCurve;
import org.cepheus.lightcurve.PhaseFold;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.LatestJob;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.ToolRow;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.FoldedCurveChart;

/**
 * The curve folded at a period (typed, from the catalog, or a clicked periodogram peak) over two
 * cycles, with a fine-adjust slider, the epoch (maximum brightness unless typed), the binned mean
 * and the phase-dispersion figure of the trial period. Folding itself is the core's PhaseFold.
 */
public final class FoldedPane extends BorderPane implements StarPane {
    private final Workspace workspace;
    private final TextField period = new TextField();
    private final Slider fine = new Slider(-1, 1, 0);
    private final TextField epoch = new TextField();
    private final CheckBox binned = new CheckBox("binned mean");
    private final Spinner<Integer> bins = new Spinner<>(5, 500, FoldPreset.defaults().meanBins(), 5);
    private final CheckBox errorBars = new CheckBox("error bars");
    private final Label info = new Label();
    private final ChartPane chart = new ChartPane();
    private final LatestJob<java.util.List<Fold>> folding;
    private final BandChoice bands;
    private StarRow star;
    private double basePeriod = Double.NaN;
    private String periodFor; // star id the base period belongs to

    public FoldedPane(Workspace workspace, BandChoice bands) {
        this.workspace = workspace;
        this.bands = bands;
        this.folding = new LatestJob<>(workspace.jobs(), "Folding");
        period.setId("foldPeriod");
        period.setPrefColumnCount(11);
        period.setPromptText("period [d]");
        period.setOnAction(e -> typedPeriod());
        period.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) typedPeriod();
        });
        fine.setId("fineAdjust");
        fine.setPrefWidth(180);
        fine.valueProperty().addListener((o, was, now) -> refold());
        Tooltip.install(fine, new Tooltip("Fine adjust: ±5 frequency-resolution steps (P²/T) around the typed period"));
        epoch.setId("foldEpoch");
        epoch.setPrefColumnCount(10);
        epoch.setPromptText("max light");
        epoch.setTooltip(new Tooltip("Epoch of phase 0; empty = time of the brightest point"));
        epoch.setOnAction(e -> refold());
        Button maxLight = new Button("max");
        maxLight.setTooltip(new Tooltip("Epoch at maximum brightness (minimum magnitude)"));
        maxLight.setOnAction(e -> {
            epoch.clear();
            refold();
        });
        binned.setSelected(true);
        binned.selectedProperty().addListener((o, was, now) -> refold());
        bins.setPrefWidth(80);
        bins.valueProperty().addListener((o, was, now) -> refold());
        errorBars.selectedProperty().addListener((o, was, now) -> refold());
        ToolRow tools = new ToolRow(ToolRow.group(new Label("P [d]"), period, fine),
                ToolRow.group(new Label("epoch"), epoch, maxLight), ToolRow.group(binned, bins), errorBars, info);
        setTop(tools);
        setCenter(chart);
        chart.setPlaceholder("No period yet: type one, or click a peak of the periodogram");
    }

    @Override
    public void show(StarRow s) {
        star = s;
        if (s != null && !s.id().equals(periodFor)) {
            double p = s.periodProperty().get();
            setBase(p, s.id());
            double e = s.primary().metadata().epoch();
            epoch.setText(Double.isNaN(e) ? "" : Double.toString(e)); // the catalog's epoch of maximum
        }
        refold();
    }

    /** Folds at this period (a clicked peak): becomes the new base of the fine adjustment. */
    public void setPeriod(StarRow s, double p) {
        star = s;
        setBase(p, s == null ? null : s.id());
        if (s != null) s.periodProperty().set(p);
        refold();
    }

    private void setBase(double p, String id) {
        basePeriod = p;
        periodFor = id;
        fine.setValue(0);
        period.setText(p > 0 ? String.format("%.7f", p) : "");
        period.getStyleClass().remove("invalid");
    }

    private void typedPeriod() {
        String text = period.getText().trim();
        if (text.isEmpty()) return;
        try {
            double p = Double.parseDouble(text);
            if (!(p > 0) || Double.isInfinite(p)) throw new NumberFormatException();
            if (p == basePeriod && fine.getValue() == 0) return;
            period.getStyleClass().remove("invalid");
            basePeriod = p;
            periodFor = star == null ? null : star.id();
            fine.setValue(0);
            refold();
        } catch (NumberFormatException e) {
            if (!period.getStyleClass().contains("invalid")) period.getStyleClass().add("invalid");
            info.setText("not a positive number of days: " + text);
        }
    }

    /** The period in use: the base moved by the slider in units of the frequency resolution. */
    public double currentPeriod() {
        if (!(basePeriod > 0) || star == null) return Double.NaN;
        double span = Math.max(star.primary().timeSpan(), basePeriod);
        double step = basePeriod * basePeriod / span; // one frequency-resolution step in period
        return basePeriod + fine.getValue() * 5 * step;
    }

    @Override
    public void cancel() {
        folding.cancel();
    }

    /** True when no fold is being computed. */
    public boolean isReady() {
        return !folding.isRunning();
    }

    /** What a fold job hands to the FX thread, per band. */
    private record Fold(LightCurve band, FoldedCurve folded, FoldedCurve two, FoldedCurve.BinnedCurve mean, double theta) { }

    /** Folds in the background (a sort and the PDM statistic per slider tick); the newest tick wins. */
    private void refold() {
        double p = currentPeriod();
        if (star == null || !(p > 0)) {
            folding.cancel();
            chart.setChart(null);
            info.setText("");
            return;
        }
        java.util.List<LightCurve> chosen = bands.chosen(star);
        StarRow shownStar = star;
        Double typedEpoch = parseOrNull(epoch.getText());
        Integer meanBins = binned.isSelected() ? bins.getValue() : null;
        boolean bars = errorBars.isSelected();
        String title = String.format("%s folded at P = %.7f d", star.id(), p);
        folding.start(m -> {
            // all bands share one epoch: the typed one, or the brightest point of the band with most points
            double e = typedEpoch != null ? typedEpoch : PhaseFold.epochOfMaximum(org.cepheus.lightcurve.PeriodSearch.mostPoints(chosen));
            java.util.List<Fold> out = new java.util.ArrayList<>();
            for (LightCurve lc : chosen) {
                m.checkCancelled();
                FoldedCurve folded = PhaseFold.fold(lc, p, e);
                FoldedCurve.BinnedCurve mean = meanBins == null ? null : folded.binnedMean(meanBins);
                out.add(new Fold(lc, folded, folded.twoCycles(), mean, PhaseFold.dispersion(lc, p)));
            }
            return out;
        }, folds -> {
            if (folds.size() == 1) {
                Fold f = folds.get(0);
                FoldedCurve two = f.two();
                chart.setChart(FoldedCurveChart.withSetAside(FoldedCurveChart.create(title, two.phase(), two.mag(), two.err(),
                        f.mean() == null ? null : f.mean().phase(), f.mean() == null ? null : f.mean().mean(), bars),
                        f.band(), p, f.folded().epoch()));
                FoldedCurveChart.colourBand(chart.chart(), BandChoice.name(f.band()), BandChoice.colour(shownStar, f.band()));
                info.setText(String.format("P = %.7f d · epoch %.4f · PDM θ = %.3f", p, f.folded().epoch(), f.theta()));
                return;
            }
            java.util.List<FoldedCurveChart.Band> drawn = new java.util.ArrayList<>();
            StringBuilder thetas = new StringBuilder();
            for (Fold f : folds) {
                FoldedCurve two = f.two();
                String name = BandChoice.name(f.band());
                drawn.add(new FoldedCurveChart.Band(name, BandChoice.colour(shownStar, f.band()), two.phase(), two.mag(), two.err(),
                        f.mean() == null ? null : f.mean().phase(), f.mean() == null ? null : f.mean().mean()));
                thetas.append(thetas.length() == 0 ? "" : ", ").append(String.format("%s %.3f", name, f.theta()));
            }
            chart.setChart(FoldedCurveChart.bands(title, drawn, bars));
            info.setText(String.format("P = %.7f d · epoch %.4f · PDM θ %s", p, folds.get(0).folded().epoch(), thetas));
        });
    }

    private static Double parseOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public TextField periodField() { return period; }
    public Slider fineAdjust() { return fine; }
    public ChartPane chartPane() { return chart; }
    public Label info() { return info; }
    Workspace workspace() { return workspace; }
}
