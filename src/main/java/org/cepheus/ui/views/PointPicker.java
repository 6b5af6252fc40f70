package org.cepheus.ui.views;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.SetAside;
import org.cepheus.ui.ChartPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.plot.XYPlot;

/**
 * Mouse work on a time-magnitude or phase-magnitude chart: in exclude mode a dragged box excludes the points inside
 * it (and re-includes excluded ones), replacing JFreeChart's zoom box; in any mode a click names
 * the nearest point (time, mag, error, band, file:line when known).
 */
final class PointPicker {
    private static final double NEAR_PX = 8;

    private final ChartPane pane;
    private final BooleanProperty excludeMode = new SimpleBooleanProperty(false);
    private final Rectangle box = new Rectangle();
    private final Supplier<List<LightCurve>> bands;
    private final Consumer<double[]> onBox;
    private final Consumer<String> onPoint;
    private Point2D start;
    /** Where a time is drawn on the x axis: itself on the raw view, its phases over two cycles on the folded one. */
    private java.util.function.DoubleFunction<double[]> xOf = t -> new double[]{t};

    /**
     * @param onBox   gets {x0, x1, m0, m1} of a dragged box in exclude mode (x: time or phase)
     * @param onPoint gets the description of a clicked point
     */
    PointPicker(ChartPane pane, Supplier<List<LightCurve>> bands, Consumer<double[]> onBox, Consumer<String> onPoint) {
        this.pane = pane;
        this.bands = bands;
        this.onBox = onBox;
        this.onPoint = onPoint;
        box.setManaged(false);
        box.setVisible(false);
        box.setFill(Color.rgb(0x70, 0x70, 0x70, 0.15));
        box.setStroke(Color.rgb(0x70, 0x70, 0x70));
        box.setMouseTransparent(true);
        pane.getChildren().add(box);
        ChartCanvas canvas = pane.viewer().getCanvas();
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!excludeMode.get() || !e.isPrimaryButtonDown()) return;
            start = new Point2D(e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!excludeMode.get() || start == null) return;
            Point2D a = pane.sceneToLocal(canvas.localToScene(Math.min(start.getX(), e.getX()), Math.min(start.getY(), e.getY())));
            box.relocate(a.getX(), a.getY());
            box.setWidth(Math.abs(e.getX() - start.getX()));
            box.setHeight(Math.abs(e.getY() - start.getY()));
            box.setVisible(true);
            e.consume();
        });
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!excludeMode.get() || start == null) return;
            Point2D s = start;
            start = null;
            box.setVisible(false);
            e.consume();
            if (Math.abs(e.getX() - s.getX()) < 3 && Math.abs(e.getY() - s.getY()) < 3) {
                click(e.getX(), e.getY());
                return;
            }
            double[] a = toData(s.getX(), s.getY()), b = toData(e.getX(), e.getY());
            if (a != null && b != null) onBox.accept(new double[]{a[0], b[0], a[1], b[1]});
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!excludeMode.get() && e.isStillSincePress() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                click(e.getX(), e.getY());
            }
        });
    }

    BooleanProperty excludeModeProperty() { return excludeMode; }

    /** For a chart whose x axis is not the time (the folded view): the x positions of a time. */
    void xOf(java.util.function.DoubleFunction<double[]> positions) { xOf = positions; }

    /** The chart's data area, or null before the first drawing. */
    private Rectangle2D dataArea() {
        ChartRenderingInfo info = pane.viewer().getCanvas().getRenderingInfo();
        if (info == null) return null;
        // a fold with a fit: the points are the upper of two plots sharing the phase axis
        boolean combined = pane.chart() != null && pane.chart().getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot;
        if (combined && info.getPlotInfo().getSubplotCount() > 0) return info.getPlotInfo().getSubplotInfo(0).getDataArea();
        return info.getPlotInfo().getDataArea();
    }

    /** The plot of the points (the upper one of a fold with its fit's residuals). */
    private XYPlot plot() {
        return org.cepheus.ui.charts.FoldedCurveChart.pointsPlot(pane.chart());
    }

    /** {time, mag} under a canvas point, or null. */
    double[] toData(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null || pane.chart() == null) return null;
        XYPlot plot = plot();
        return new double[]{plot.getDomainAxis().java2DToValue(x, area, plot.getDomainAxisEdge()),
                plot.getRangeAxis().java2DToValue(y, area, plot.getRangeAxisEdge())};
    }

    private void click(double x, double y) {
        Rectangle2D area = dataArea();
        if (area == null || pane.chart() == null) return;
        XYPlot plot = plot();
        String best = null;
        double bestD = NEAR_PX;
        for (LightCurve c : bands.get()) {
            for (int i = 0; i < c.size(); i++) {
                double d = distance(plot, area, x, y, c.time()[i], c.mag()[i]);
                if (d < bestD) {
                    bestD = d;
                    best = describe(c, c.time()[i], c.mag()[i], c.hasErrors() ? c.err()[i] : Double.NaN, 0, null);
                }
            }
            SetAside s = c.setAside();
            for (int i = 0; i < s.size(); i++) {
                double d = distance(plot, area, x, y, s.time()[i], s.mag()[i]);
                if (d < bestD) {
                    bestD = d;
                    best = describe(c, s.time()[i], s.mag()[i], s.err()[i], s.line()[i], s.reason()[i]);
                }
            }
        }
        if (best != null) onPoint.accept(best);
    }

    private double distance(XYPlot plot, Rectangle2D area, double x, double y, double t, double m) {
        double py = plot.getRangeAxis().valueToJava2D(m, area, plot.getRangeAxisEdge());
        double best = Double.POSITIVE_INFINITY;
        for (double at : xOf.apply(t)) {
            double px = plot.getDomainAxis().valueToJava2D(at, area, plot.getDomainAxisEdge());
            best = Math.min(best, Math.hypot(px - x, py - y));
        }
        return best;
    }

    /** "t 53710.3274 · mag 15.326 ± 0.061 · V · 1009027036189-EW.csv:245 · time outlier". */
    static String describe(LightCurve c, double t, double m, double err, int line, SetAside.Reason reason) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "t %.5f · mag %.3f", t, m));
        if (Double.isFinite(err)) s.append(String.format(Locale.ROOT, " ± %.3f", err));
        if (!c.band().isEmpty()) s.append(" · ").append(c.band());
        if (c.metadata().source() != null) {
            s.append(" · ").append(c.metadata().source().getFileName()).append(line > 0 ? ":" + line : "");
        }
        if (reason != null) s.append(" · ").append(reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return s.toString();
    }
}
