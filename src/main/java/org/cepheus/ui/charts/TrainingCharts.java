package org.cepheus.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live training charts: loss per iteration, loss per epoch (train and validation), and
 * validation accuracy and macro-F1 per epoch. Series are appended to in batches on the FX thread.
 */
public final class TrainingCharts {
    private final XYSeries iterationLoss = new XYSeries("train loss (minibatch)", false, true);
    private final XYSeries trainLoss = new XYSeries("train", false, true);
    private final XYSeries valLoss = new XYSeries("validation", false, true);
    private final XYSeries valAccuracy = new XYSeries("val accuracy", false, true);
    private final XYSeries valMacroF1 = new XYSeries("val macro-F1", false, true);
    private final JFreeChart iterationChart;
    private final JFreeChart epochLossChart;
    private final JFreeChart scoreChart;

    public TrainingCharts() {
        FastLineRenderer fast = new FastLineRenderer();
        fast.setSeriesPaint(0, ChartStyle.SERIES[0]);
        iterationChart = chart("Loss per iteration", "iteration", "loss", new XYSeriesCollection(iterationLoss), fast, false);
        epochLossChart = chart("Loss per epoch", "epoch", "loss", collection(trainLoss, valLoss), lines(), true);
        scoreChart = chart("Validation scores", "epoch", "score", collection(valAccuracy, valMacroF1), lines(), true);
        NumberAxis score = (NumberAxis) scoreChart.getXYPlot().getRangeAxis();
        score.setRange(0, 1);
    }

    private static XYSeriesCollection collection(XYSeries a, XYSeries b) {
        XYSeriesCollection c = new XYSeriesCollection(a);
        c.addSeries(b);
        return c;
    }

    private static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < 2; i++) {
            r.setSeriesPaint(i, ChartStyle.SERIES[i]);
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        return r;
    }

    private static JFreeChart chart(String title, String x, String y, XYSeriesCollection data,
                                    org.jfree.chart.renderer.xy.XYItemRenderer renderer, boolean legend) {
        NumberAxis xAxis = new NumberAxis(x);
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis yAxis = new NumberAxis(y);
        // one point (or a flat loss) would otherwise be a range of 1e-8 with ten identical E-notation ticks
        xAxis.setAutoRangeMinimumSize(2);
        yAxis.setAutoRangeMinimumSize(0.02);
        yAxis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, legend);
        ChartStyle.apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Appends many iteration losses with one chart redraw. */
    public void addIterations(double[] iterations, double[] losses) {
        for (int i = 0; i < iterations.length; i++) iterationLoss.add(iterations[i], losses[i], false);
        iterationLoss.fireSeriesChanged();
    }

    public void addEpoch(int epoch, double train, double val, double accuracy, double macroF1) {
        trainLoss.add(epoch, nanToNull(train), false);
        valLoss.add(epoch, nanToNull(val), false);
        valAccuracy.add(epoch, nanToNull(accuracy), false);
        valMacroF1.add(epoch, nanToNull(macroF1), true);
        trainLoss.fireSeriesChanged();
    }

    private static Double nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    public void clear() {
        iterationLoss.clear();
        trainLoss.clear();
        valLoss.clear();
        valAccuracy.clear();
        valMacroF1.clear();
    }

    public int iterationPoints() { return iterationLoss.getItemCount(); }
    public int epochPoints() { return trainLoss.getItemCount(); }
    public JFreeChart iterationChart() { return iterationChart; }
    public JFreeChart epochLossChart() { return epochLossChart; }
    public JFreeChart scoreChart() { return scoreChart; }
}
