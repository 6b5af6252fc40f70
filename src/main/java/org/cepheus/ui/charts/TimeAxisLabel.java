package org.cepheus.ui.charts;

import java.util.List;
import org.cepheus.catalog.LightCurve;

/**
 * Names the time axis with the time scale the source stated (Metadata.timeScale: "JD",
 * "BJD_TDB", "MJD", "HJD-2450000"...), as it is: never guessed from the values, since a JD column
 * labelled HJD misleads more than "time". Unknown (EROS-1, a "time" column) is "time [d]".
 */
public final class TimeAxisLabel {
    private TimeAxisLabel() { }

    /** "JD [d]", "HJD - 2450000 [d]"; "time [d]" for null. */
    public static String forScale(String scale) {
        if (scale == null || scale.isBlank()) return "time [d]";
        return scale.replace("-", " - ") + " [d]";
    }

    /** The scale shared by all the curves; "time [d]" when they do not say or disagree. */
    public static String forCurves(List<LightCurve> curves) {
        String scale = null;
        for (int i = 0; i < curves.size(); i++) {
            String s = curves.get(i).metadata().timeScale();
            if (s == null || (i > 0 && !s.equals(scale))) return forScale(null);
            scale = s;
        }
        return forScale(scale);
    }
}
