package org.cepheus.report;

import org.cepheus.lightcurve.Presets;

/** What a report's figures show (resources/presets/report.json). */
public record ReportPreset(int correctPerClass, int wrongPerClass, int periodogramPoints, int curvePoints) {
    public ReportPreset {
        if (correctPerClass < 0 || wrongPerClass < 0) throw new IllegalArgumentException("report preset: examples per class must be >= 0");
        if (periodogramPoints < 10 || curvePoints < 10) throw new IllegalArgumentException("report preset: at least 10 points per figure");
    }

    public static ReportPreset defaults() {
        return Presets.read("report.json", ReportPreset.class);
    }
}
