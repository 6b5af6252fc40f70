package org.cepheus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;

/** What the science commands (period, fold, dmdt) share: loading with warnings, star names. */
final class ScienceCli {
    private ScienceCli() { }

    /** Loads the catalog; load problems become warnings (file, line, reason) and the rest goes on. */
    static Catalog load(LoadOptions load, PrintWriter err) throws IOException {
        Catalog c = load.load();
        int shown = 0;
        for (var p : c.problems()) if (shown++ < 10) err.println("warning: " + p);
        if (c.problems().size() > 10) err.println("warning: ... and " + (c.problems().size() - 10) + " more load problems");
        err.flush();
        if (c.isEmpty()) throw new IllegalArgumentException(load.path + ": no light curves loaded");
        return c;
    }

    /** Name of each curve in output: its id, with "/band" when the star has several bands here. */
    static Map<LightCurve, String> names(List<LightCurve> curves) {
        Map<String, Integer> bands = new HashMap<>();
        for (LightCurve c : curves) bands.merge(c.id(), 1, Integer::sum);
        Map<LightCurve, String> out = new java.util.IdentityHashMap<>();
        for (LightCurve c : curves) out.put(c, bands.get(c.id()) > 1 && !c.band().isEmpty() ? c.id() + "/" + c.band() : c.id());
        return out;
    }
}
