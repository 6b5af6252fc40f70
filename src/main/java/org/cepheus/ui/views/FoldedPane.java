package org.cepheus.ui.views;

import javafx.scene.control.ComboBox;
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
import org.cepheus.lightcurve.FourierFit;
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
    private final CheckBox fitted = new CheckBox("Fourier fit");
    static final String MAX_LIGHT = "max light", PRIMARY_MINIMUM = "primary minimum", TYPED = "typed";
    private final ComboBox<String> epochMode = new ComboBox<>();
    private final Label info = new Label();
    private final ChartPane chart = new ChartPane();
    private final LatestJob<java.util.List<Fold>> folding;
    private final BandChoice bands;
    private StarRow star;
    private double basePeriod = Double.NaN;
    private final javafx.scene.control.ToggleButton exclude = new javafx.scene.control.ToggleButton("exclude points");
    private final Label picked = new Label();
    private double drawnPeriod = Double.NaN, drawnEpoch = Double.NaN; // of the fold on screen, for boxes and clicks
    private java.util.function.Consumer<java.util.List<LightCurve>> onEdited = b -> { };
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
        epoch.setOnAction(e -> {
            if (epochMode.getValue() != TYPED) epochMode.setValue(TYPED);
            else refold();
        });
        epochMode.getItems().setAll(MAX_LIGHT, PRIMARY_MINIMUM, TYPED);
        epochMode.setValue(MAX_LIGHT);
        epochMode.setId("epochMode");
        epochMode.setTooltip(new Tooltip("Phase 0 at maximum light (the brightest point; pulsators), at primary minimum "
                + "(the faintest point of the Fourier fit; eclipsing binaries) or at the typed epoch"));
        epochMode.valueProperty().addListener((o, was, now) -> {
            if (!TYPED.equals(now)) epoch.clear();
            epoch.setPromptText(TYPED.equals(now) ? "epoch" : now);
            refold();
        });
        fitted.setSelected(true);
        fitted.setTooltip(new Tooltip("Draw the preset's Fourier fit over the fold, its residuals below"));
        fitted.selectedProperty().addListener((o, was, now) -> refold());
        binned.setSelected(true);
        binned.selectedProperty().addListener((o, was, now) -> refold());
        bins.setPrefWidth(80);
        bins.valueProperty().addListener((o, was, now) -> refold());
        errorBars.selectedProperty().addListener((o, was, now) -> refold());
        exclude.setId("foldExcludePoints");
        exclude.setTooltip(new Tooltip("Drag a box over the fold: exclude the points in it from every computation; drag over "
                + "excluded points or outliers (grey) to bring them back; saved beside the catalog"));
        PointPicker picker = new PointPicker(chart, () -> star == null ? java.util.List.of() : star.bands(),
                b -> excludeBox(b[0], b[1], b[2], b[3]), picked::setText);
        picker.xOf(t -> {
            double ph = PhaseFold.phase(t, drawnPeriod, drawnEpoch);
            return new double[]{ph, ph + 1}; // two cycles are drawn
        });
        picker.excludeModeProperty().bind(exclude.selectedProperty());
        picked.setPadding(new javafx.geometry.Insets(2, 8, 2, 8));
        setBottom(picked);
        ToolRow tools = new ToolRow(ToolRow.group(new Label("P [d]"), period, fine),
                ToolRow.group(new Label("epoch"), epochMode, epoch), ToolRow.group(binned, bins), fitted, errorBars, exclude);
        // on a line of its own, cut short when long: a flow row would widen the view to its length
        info.setMinWidth(0);
        info.setStyle("-fx-padding: 0 0 2 8;");
        setTop(new javafx.scene.layout.VBox(2, tools, info));
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
            // the catalog's epoch of maximum when it has one
            epochMode.setValue(Double.isNaN(e) ? MAX_LIGHT : TYPED);
            epoch.setText(Double.isNaN(e) ? "" : Double.toString(e));
        }
        refold();
    }

    /** Who gets a star's curves after the user excluded or re-included points (the workspace). */
    public void setOnEdited(java.util.function.Consumer<java.util.List<LightCurve>> handler) { onEdited = handler; }

    /**
     * Excludes the star's points whose phase (at the fold on screen) and magnitude fall in the box,
     * and brings back the excluded points and outliers in it; phases 0..2 as drawn.
     */
    public void excludeBox(double phase0, double phase1, double m0, double m1) {
        if (star == null || !(drawnPeriod > 0)) return;
        double pl = Math.min(phase0, phase1), ph = Math.max(phase0, phase1), ml = Math.min(m0, m1), mh = Math.max(m0, m1);
        double p = drawnPeriod, e = drawnEpoch;
        java.util.List<LightCurve> edited = new java.util.ArrayList<>();
        boolean changed = false;
        for (LightCurve c : star.bands()) {
            // time outliers are not drawn on the fold (their phase means nothing): no box reaches them
            double first = c.size() == 0 ? 0 : c.time()[0], last = c.size() == 0 ? 0 : c.time()[c.size() - 1];
            org.cepheus.catalog.Exclusions.PointTest in = (t, m) -> {
                if (m < ml || m > mh || t < first || t > last) return false;
                double f = PhaseFold.phase(t, p, e);
                return (f >= pl && f <= ph) || (f + 1 >= pl && f + 1 <= ph);
            };
            LightCurve now = org.cepheus.catalog.Exclusions.toggle(c, in);
            changed |= now != c;
            edited.add(now);
        }
        if (changed) onEdited.accept(edited);
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
            if (star != null) star.periodProperty().set(p); // the table's working period follows what is typed
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

    /** What a fold job hands to the FX thread, per band (the Fourier fit for a single band only). */
    private record Fold(LightCurve band, FoldedCurve folded, FoldedCurve two, FoldedCurve.BinnedCurve mean, double theta,
                        FoldedCurveChart.Fit fit) { }

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
        Double typedEpoch = TYPED.equals(epochMode.getValue()) ? parseOrNull(epoch.getText()) : null;
        PhaseFold.Epoch kind = PRIMARY_MINIMUM.equals(epochMode.getValue()) ? PhaseFold.Epoch.PRIMARY_MINIMUM : PhaseFold.Epoch.MAX_LIGHT;
        boolean withFit = fitted.isSelected();
        Integer meanBins = binned.isSelected() ? bins.getValue() : null;
        boolean bars = errorBars.isSelected();
        String title = String.format("%s folded at P = %.7f d", star.id(), p);
        folding.start(m -> {
            // all bands share one epoch: the typed one, or the chosen kind's of the band with most points
            LightCurve ref = org.cepheus.lightcurve.PeriodSearch.mostPoints(chosen);
            double e = typedEpoch != null ? typedEpoch : PhaseFold.epoch(ref, p, kind);
            java.util.List<Fold> out = new java.util.ArrayList<>();
            for (LightCurve lc : chosen) {
                m.checkCancelled();
                FoldedCurve folded = PhaseFold.fold(lc, p, e);
                FoldedCurve.BinnedCurve mean = meanBins == null ? null : folded.binnedMean(meanBins);
                FoldedCurve two = folded.twoCycles();
                boolean fitThis = withFit && chosen.size() == 1;
                out.add(new Fold(lc, folded, two, mean, PhaseFold.dispersion(lc, p), fitThis ? fit(lc, p, folded.epoch(), two) : null));
            }
            return out;
        }, folds -> {
            drawnPeriod = p;
            drawnEpoch = folds.isEmpty() ? Double.NaN : folds.get(0).folded().epoch();
            if (folds.size() == 1) {
                Fold f = folds.get(0);
                FoldedCurve two = f.two();
                chart.setChart(FoldedCurveChart.withSetAside(FoldedCurveChart.create(title, two.phase(), two.mag(), two.err(),
                        f.mean() == null ? null : f.mean().phase(), f.mean() == null ? null : f.mean().mean(), bars, f.fit()),
                        f.band(), p, f.folded().epoch()));
                FoldedCurveChart.colourBand(chart.chart(), BandChoice.name(f.band()), BandChoice.colour(shownStar, f.band()));
                info.setText(String.format("P = %.7f d · epoch %.4f · PDM θ = %.3f%s", p, f.folded().epoch(), f.theta(),
                        f.fit() == null ? "" : String.format(" · fit rms %.4f mag", f.fit().rms())));
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

    /** The preset's Fourier fit at P: the model over two cycles from the fold's epoch, the residuals of the points. */
    static FoldedCurveChart.Fit fit(LightCurve lc, double p, double epoch, FoldedCurve two) {
        if (lc.size() < 8) return null;
        int h = FoldPreset.defaults().fitHarmonics();
        FourierFit fit = FourierFit.fit(lc.time(), lc.mag(), lc.err(), p, h);
        int samples = 400;
        double[] ph = new double[samples + 1], model = new double[samples + 1];
        for (int i = 0; i <= samples; i++) {
            ph[i] = 2.0 * i / samples;
            model[i] = fit.model(epoch + ph[i] * p);
        }
        double[] res = new double[two.phase().length];
        for (int i = 0; i < res.length; i++) res[i] = two.mag()[i] - fit.model(epoch + two.phase()[i] * p);
        double[] r = fit.residuals(lc.time(), lc.mag());
        double ss = 0;
        for (double x : r) ss += x * x;
        return new FoldedCurveChart.Fit(ph, model, two.phase(), res, Math.sqrt(ss / r.length), fit.harmonics());
    }

    private static Double parseOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public TextField periodField() { return period; }
    public javafx.scene.control.ToggleButton excludePoints() { return exclude; }
    /** The description of the last clicked point. */
    public Label picked() { return picked; }
    /** The epoch of the fold on screen (NaN before the first). */
    public double drawnEpoch() { return drawnEpoch; }
    public Slider fineAdjust() { return fine; }
    public ChartPane chartPane() { return chart; }
    public ComboBox<String> epochMode() { return epochMode; }
    public TextField epochField() { return epoch; }
    public Label info() { return info; }
    Workspace workspace() { return workspace; }
}
