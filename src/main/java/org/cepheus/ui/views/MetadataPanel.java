package org.cepheus.ui.views;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.cepheus.catalog.CatalogSummary;
import org.cepheus.catalog.LightCurve;
import org.cepheus.catalog.SetAside;
import org.cepheus.catalog.Metadata;
import org.cepheus.ui.StarRow;

/** What the catalog says about the selected star: position, catalog ephemeris, bands, source. */
public final class MetadataPanel extends GridPane {

    public MetadataPanel() {
        getStyleClass().add("metadata-panel");
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(10));
        // narrow: at 1024 px the star view's tabs need the room; long values wrap
        // wide enough for "catalog period" and a 7-decimal period on one line (numbers never wrap)
        setMinWidth(215);
        setPrefWidth(215);
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getColumnConstraints().add(keys);
    }

    public void show(StarRow star) {
        getChildren().clear();
        if (star == null) return;
        int row = 0;
        row = heading(star.id(), row);
        row = add("class", star.label() == null ? "unlabelled" : star.label(), row);
        String predicted = star.predictedProperty().get();
        if (predicted != null) {
            row = add("predicted", String.format("%s (%.2f)", predicted, star.probabilityProperty().get()), row);
        }
        Metadata md = star.primary().metadata();
        row = add("RA", deg(md.ra()), row, false);
        row = add("Dec", deg(md.dec()), row, false);
        row = add("catalog period", md.hasPeriod() ? String.format("%.7f d", md.period()) : "—", row, false);
        row = add("epoch", Double.isNaN(md.epoch()) ? "—" : String.format("%.5f", md.epoch()), row, false);
        row = add("amplitude", Double.isNaN(md.amplitude()) ? "—" : String.format("%.3f mag", md.amplitude()), row);
        for (LightCurve c : star.bands()) {
            String band = c.band().isEmpty() ? "band" : "band " + c.band();
            row = add(band, String.format("%,d points, %.0f d%s", c.size(), c.timeSpan(), c.hasErrors() ? "" : ", no errors"), row);
        }
        Map<SetAside.Reason, Integer> aside = CatalogSummary.setAsideCounts(star.bands());
        if (!aside.isEmpty()) row = add("set aside", CatalogSummary.describe(aside), row);
        for (Map.Entry<String, String> e : md.extra().entrySet()) row = add(e.getKey(), e.getValue(), row);
        if (md.source() != null) {
            Label src = new Label(md.source().getFileName().toString());
            src.setWrapText(true);
            add(new Label("source"), 0, row);
            add(src, 1, row);
        }
    }

    private int heading(String text, int row) {
        Label l = new Label(text);
        l.getStyleClass().add("metadata-heading");
        add(l, 0, row, 2, 1);
        return row + 1;
    }

    private int add(String key, String value, int row) {
        return add(key, value, row, true);
    }

    /** @param wrap false for a number: broken across lines ("15.2362 / 3°") it reads as two values */
    private int add(String key, String value, int row, boolean wrap) {
        Label k = new Label(key);
        k.getStyleClass().add("metadata-key");
        Label v = new Label(value);
        v.setWrapText(wrap);
        if (!wrap) v.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add(k, 0, row);
        add(v, 1, row);
        return row + 1;
    }

    private static String deg(double v) {
        return Double.isNaN(v) ? "—" : String.format("%.5f°", v);
    }
}
