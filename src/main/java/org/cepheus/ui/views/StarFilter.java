package org.cepheus.ui.views;

import java.util.function.Predicate;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.cepheus.ui.StarRow;

/**
 * The catalog table's expression filter, as TOPCAT users write them:
 * {@code points > 200 && class == "RRab"}. Expressions are Apache Commons JEXL over the columns
 * id, class, points, span (days), period (days), predicted and probability; a star whose value is
 * missing (no period yet) fails a comparison instead of stopping the filter.
 */
final class StarFilter {
    static final String HELP = "Filter stars by an expression over id, class, points, span, period (working), catalogPeriod, predicted, probability,"
            + " e.g.  points > 200 && class == \"RRab\"   or   period > 0.4 && period < 0.9   (Enter applies, empty shows all)";

    private final JexlEngine jexl = new JexlBuilder().strict(true).silent(false).safe(true).cache(32).create();

    /** The names an expression may use: the table's columns. */
    static final java.util.Set<String> COLUMNS =
            java.util.Set.of("id", "class", "points", "span", "period", "catalogPeriod", "predicted", "probability");

    /**
     * The predicate of an expression, parsed once; null for a blank one (all stars). A name that
     * is not a column, or an expression that gives no true/false on the sample star, is refused.
     * @param sample a star to try it on (null: none)
     * @throws IllegalArgumentException with a one-line reason
     */
    Predicate<StarRow> parse(String text, StarRow sample) {
        if (text == null || text.isBlank()) return null;
        JexlScript e;
        try {
            e = jexl.createScript(text.strip());
        } catch (JexlException ex) {
            throw new IllegalArgumentException("cannot read the filter: " + reason(ex));
        }
        for (java.util.List<String> name : e.getVariables()) {
            if (!COLUMNS.contains(name.get(0))) {
                throw new IllegalArgumentException("cannot apply the filter: '" + name.get(0) + "' is not a column (use "
                        + String.join(", ", new java.util.TreeSet<>(COLUMNS)) + ")");
            }
        }
        if (sample != null) {
            Object v;
            try {
                v = e.execute(context(sample));
            } catch (JexlException | ArithmeticException ex) {
                v = null; // e.g. the sample has no period yet: that star simply fails the filter
            }
            if (v != null && !(v instanceof Boolean)) {
                throw new IllegalArgumentException("the filter gives " + v + ", not true or false; compare with ==, <, > ...");
            }
        }
        return star -> {
            try {
                return Boolean.TRUE.equals(e.execute(context(star)));
            } catch (JexlException | ArithmeticException ex) {
                return false; // e.g. a comparison with a period not known yet
            }
        };
    }

    private static MapContext context(StarRow s) {
        MapContext c = new MapContext();
        c.set("id", s.id());
        c.set("class", s.label());
        c.set("points", s.points());
        c.set("span", s.timeSpan());
        double period = s.periodProperty().get();
        c.set("period", period > 0 ? period : null);
        c.set("catalogPeriod", Double.isNaN(s.catalogPeriod()) ? null : s.catalogPeriod());
        c.set("predicted", s.predictedProperty().get());
        double p = s.probabilityProperty().get();
        c.set("probability", Double.isNaN(p) ? null : p);
        return c;
    }

    private static String reason(JexlException ex) {
        String m = ex.getMessage();
        if (m == null) return "not an expression";
        int i = m.lastIndexOf(": ");
        return (i >= 0 ? m.substring(i + 2) : m).replaceAll("\\s+", " ").strip();
    }
}
