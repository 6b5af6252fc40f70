package org.cepheus.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Parameters of the gross-outlier rules applied at loading (resources/presets/outliers.json).
 *
 * @param minPoints        curves with fewer points are left alone (quantiles and MAD mean little)
 * @param timeBulkQuantile the bulk of a curve's times lies between this quantile and 1 minus it
 * @param timeGapFactor    a time more than this many bulk spans outside the bulk is a time outlier
 * @param timeMinSpanDays  the bulk span used is at least this (a single-night curve has span ~0)
 * @param magSigma         k: a magnitude more than k * 1.4826 * MAD from the median may be an outlier
 * @param magLoneFraction  ... only if no other point on its side deviates by more than this fraction of it
 * @param magVisitDays     ... and no point within this many days (the same visit) confirms it
 * @param magVisitSigma    a neighbour confirms the excursion when it deviates the same way by this many sigma
 * @param listedPoints     points named one by one in the load problem
 */
public record OutlierPreset(int minPoints, double timeBulkQuantile, double timeGapFactor, double timeMinSpanDays,
                            double magSigma, double magLoneFraction, double magVisitDays, double magVisitSigma,
                            int listedPoints) {

    private static final String RESOURCE = "/presets/outliers.json";
    private static volatile OutlierPreset standard;

    /** The bundled preset. */
    public static OutlierPreset standard() {
        OutlierPreset p = standard;
        if (p == null) standard = p = read();
        return p;
    }

    private static OutlierPreset read() {
        try (InputStream in = OutlierPreset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("preset " + RESOURCE + " missing from the classpath");
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, OutlierPreset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
