package org.cepheus.spark;

import org.cepheus.catalog.LightCurve;

import java.io.Serializable;

/** One band curve on its way between Spark stages (LightCurve is not Serializable). */
public record CurveData(String id, String band, String label, double[] time, double[] mag, double[] err)
        implements Serializable {

    static CurveData of(LightCurve c) {
        return new CurveData(c.id(), c.band(), c.label(), c.time(), c.mag(), c.err());
    }

    LightCurve curve() {
        return new LightCurve(id, band, time, mag, err, label, null);
    }
}
