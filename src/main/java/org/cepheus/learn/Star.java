package org.cepheus.learn;

import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One star as the networks see it: its id, its class label (null when unlabelled) and all its
 * bands (EROS has B and R). The unit of splitting, training and classification.
 */
public record Star(String id, String label, List<LightCurve> curves) {

    public Star {
        curves = List.copyOf(curves);
        if (curves.isEmpty()) throw new IllegalArgumentException("star " + id + " has no curve");
    }

    /** The stars of a catalog, grouped by id in catalog order; the label is the first band's. */
    public static List<Star> of(Catalog catalog) {
        List<Star> out = new ArrayList<>();
        for (Map.Entry<String, List<LightCurve>> e : catalog.byStar().entrySet()) {
            String label = null;
            for (LightCurve c : e.getValue()) if (label == null) label = c.label();
            out.add(new Star(e.getKey(), label, e.getValue()));
        }
        return out;
    }

    /** The curve of the given band, or the first one when band is null/empty or absent. */
    public LightCurve curve(String band) {
        if (band != null && !band.isEmpty()) {
            for (LightCurve c : curves) if (band.equalsIgnoreCase(c.band())) return c;
        }
        return curves.get(0);
    }

    /** The first band: what one-band inputs use by default. */
    public LightCurve primary() { return curves.get(0); }
}
