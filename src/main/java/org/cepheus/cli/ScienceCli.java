package org.cepheus.cli;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cepheus.catalog.LightCurve;

/** What the science commands (period, fold, dmdt) share: star names. */
final class ScienceCli {
    private ScienceCli() { }

    /** Name of each curve in output: its id, with "/band" when the star has several bands here. */
    static Map<LightCurve, String> names(List<LightCurve> curves) {
        Map<String, Integer> bands = new HashMap<>();
        for (LightCurve c : curves) bands.merge(c.id(), 1, Integer::sum);
        Map<LightCurve, String> out = new java.util.IdentityHashMap<>();
        for (LightCurve c : curves) out.put(c, bands.get(c.id()) > 1 && !c.band().isEmpty() ? c.id() + "/" + c.band() : c.id());
        return out;
    }
}
