package org.cepheus.ui.charts;

/**
 * Names the time axis from the values themselves, since the files carry no time-system header:
 * CRTS gives MJD (~53,000-57,000), OGLE-III/IV give HJD - 2450000 (2,000-9,000), some tables
 * full JD/HJD (~2.45 million). Smaller values (EROS-1 starts near 290) have an unknown origin.
 */
public final class TimeAxisLabel {
    private TimeAxisLabel() { }

    public static String forTimes(double first) {
        if (Double.isNaN(first)) return "time [d]";
        if (first > 2_000_000) return "HJD [d]";
        if (first > 30_000) return "MJD [d]";
        if (first > 1_500 && first < 20_000) return "HJD - 2450000 [d]";
        return "time [d]";
    }
}
