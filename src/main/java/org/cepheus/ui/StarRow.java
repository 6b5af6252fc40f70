package org.cepheus.ui;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.Metadata;

/**
 * One star as a table row: all its bands, plus what the workbench learns about it later (a found
 * period, a predicted class) as observable properties the table and views bind to.
 */
public final class StarRow {
    private final String id;
    private final List<LightCurve> bands;
    private final String label;
    private final int points;
    private final double timeSpan;
    private final DoubleProperty period = new SimpleDoubleProperty(this, "period", Double.NaN);
    private final StringProperty predicted = new SimpleStringProperty(this, "predicted");
    private final DoubleProperty probability = new SimpleDoubleProperty(this, "probability", Double.NaN);
    private final ObjectProperty<String> flag = new SimpleObjectProperty<>(this, "flag");

    public StarRow(String id, List<LightCurve> bands) {
        if (bands.isEmpty()) throw new IllegalArgumentException("star " + id + " has no light curve");
        this.id = id;
        this.bands = List.copyOf(bands);
        String l = null;
        int n = 0;
        double first = Double.POSITIVE_INFINITY, last = Double.NEGATIVE_INFINITY;
        for (LightCurve c : bands) {
            if (l == null) l = c.label();
            n += c.size();
            if (c.size() > 0) {
                first = Math.min(first, c.time()[0]);
                last = Math.max(last, c.time()[c.size() - 1]);
            }
        }
        this.label = l;
        this.points = n;
        this.timeSpan = n < 2 ? 0 : last - first;
        Metadata md = primary().metadata();
        catalogPeriod = md.hasPeriod() ? md.period() : Double.NaN;
        if (md.hasPeriod()) period.set(md.period());
    }

    private final double catalogPeriod;

    /** The catalog's own period (e.g. OGLE's cepFO4.dat), NaN when it has none; never changed by the views. */
    public double catalogPeriod() { return catalogPeriod; }

    public String id() { return id; }
    public List<LightCurve> bands() { return bands; }
    /** The band with most points: the one used for period search, folding and dm-dt. */
    public LightCurve primary() {
        return org.cepheus.lightcurve.PeriodSearch.mostPoints(bands);
    }
    public String label() { return label; }
    public int points() { return points; }
    public double timeSpan() { return timeSpan; }
    /** The working period: the catalog's at first, then the one last clicked, found or typed in the views. */
    public DoubleProperty periodProperty() { return period; }
    public StringProperty predictedProperty() { return predicted; }
    public DoubleProperty probabilityProperty() { return probability; }
    public ObjectProperty<String> flagProperty() { return flag; }

    @Override
    public String toString() {
        return id + (label == null ? "" : " (" + label + ")");
    }
}
