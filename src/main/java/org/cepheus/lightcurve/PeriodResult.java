package org.cepheus.lightcurve;

import java.util.List;

/**
 * One star's outcome in a catalog-wide search: its top peaks and the FAP of the best, or the
 * reason it could not be searched (problem != null, peaks empty).
 */
public record PeriodResult(String id, String label, String method, List<Peak> peaks, double fap, String problem) {

    public PeriodResult {
        peaks = List.copyOf(peaks);
    }

    public boolean ok() { return problem == null && !peaks.isEmpty(); }

    public double bestPeriod() { return ok() ? peaks.get(0).period() : Double.NaN; }

    static PeriodResult of(Periodogram p, String label) {
        return new PeriodResult(p.id(), label, p.method(), p.peaks(), p.fap(), null);
    }

    static PeriodResult failed(String id, String label, String method, String problem) {
        return new PeriodResult(id, label, method, List.of(), Double.NaN, problem);
    }
}
