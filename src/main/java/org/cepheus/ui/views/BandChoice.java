package org.cepheus.ui.views;

import java.awt.Color;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.PeriodSearch;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.charts.ChartStyle;

/**
 * The star view's one band choice, read by every tab: all bands, or one. Kept from star to star
 * while the next star has the chosen band (walking through a two-band catalog stays in R).
 */
public final class BandChoice {
    public static final String ALL = "all bands";
    private final ComboBox<String> box = new ComboBox<>();
    private boolean updating;

    BandChoice(Runnable changed) {
        box.setId("bandChoice");
        box.setTooltip(new Tooltip("Bands the periodogram, fold and dm-dt use: all (mgls and the fold of every band), or one"));
        box.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) changed.run();
        });
        box.setDisable(true);
    }

    /** The bands of this star become the choices; the chosen one stays when the star has it. */
    void offer(StarRow star) {
        List<String> names = star == null ? List.of() : star.bands().stream().map(LightCurve::band).toList();
        String keep = box.getValue();
        updating = true;
        try {
            box.getItems().setAll(ALL);
            if (names.size() > 1) box.getItems().addAll(names);
            box.setValue(keep != null && box.getItems().contains(keep) ? keep : ALL);
            box.setDisable(names.size() < 2);
        } finally {
            updating = false;
        }
    }

    public ComboBox<String> control() { return box; }

    /** True when all the star's bands are chosen (or it has only one). */
    public boolean all(StarRow star) {
        return chosen(star).size() == star.bands().size();
    }

    /** The chosen bands of the star: all of them, or the one chosen (all when it lacks that band). */
    public List<LightCurve> chosen(StarRow star) {
        String b = box.getValue();
        if (b == null || ALL.equals(b)) return star.bands();
        for (LightCurve c : star.bands()) if (c.band().equals(b)) return List.of(c);
        return star.bands();
    }

    /** One curve for what needs one: the chosen band, or with all bands the one with most points. */
    public LightCurve single(StarRow star) {
        return PeriodSearch.mostPoints(chosen(star));
    }

    /** "B+R", or the one band's name; part of the keys of computed results. */
    public String describe(StarRow star) {
        return String.join("+", chosen(star).stream().map(BandChoice::name).toList());
    }

    static String name(LightCurve c) {
        return org.cepheus.ui.charts.RawCurveChart.bandName(c);
    }

    /** The band's colour in every chart of this star. */
    public static Color colour(StarRow star, LightCurve band) {
        return ChartStyle.bandColor(band.band(), star.bands().stream().map(LightCurve::band).toList());
    }
}
