package org.cepheus.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cepheus.catalog.LightCurve;

/** What the science commands (period, fold, dmdt) share: CSV cells, star names. */
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

    /** A CSV cell: quoted when it holds a comma, quote or line break. */
    static String cell(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** A number cell: shortest round-trip form, empty for NaN. */
    static String num(double v) {
        if (Double.isNaN(v)) return "";
        return String.format(Locale.ROOT, "%s", v);
    }

    static void line(BufferedWriter w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) w.write(',');
            w.write(cells[i]);
        }
        w.write('\n');
    }
}
