package org.cepheus.ui.views;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.cepheus.learn.EvaluationResult;

/**
 * The confusion matrix as a clickable heatmap: rows are true classes, columns predicted ones.
 * Cell colour is the row-normalised value (the recall of that row), the text either the count or
 * that fraction. Clicking a cell hands (true index, predicted index) to the listener.
 */
public final class ConfusionMatrixPane extends GridPane {
    interface CellListener {
        void clicked(int trueIndex, int predictedIndex);
    }

    private final CellListener listener;
    private final Tooltip tooltip = new Tooltip();

    ConfusionMatrixPane(CellListener listener) {
        this.listener = listener;
        setId("confusionMatrix");
        setHgap(0);
        setVgap(0);
        Tooltip.install(this, tooltip);
    }

    void show(EvaluationResult r, boolean normalised) {
        getChildren().clear();
        if (r == null) return;
        List<String> names = r.classNames();
        int k = names.size();
        int[][] counts = r.confusion();
        double[][] norm = r.confusionNormalised();
        Label predictedTitle = header("predicted class →");
        add(predictedTitle, 2, 0, k, 1);
        Label trueTitle = header("true ↓");
        add(trueTitle, 0, 1);
        for (int j = 0; j < k; j++) add(header(names.get(j)), j + 2, 1);
        for (int i = 0; i < k; i++) {
            add(header(names.get(i)), 1, i + 2);
            for (int j = 0; j < k; j++) add(cell(i, j, counts[i][j], norm[i][j], normalised, names), j + 2, i + 2);
        }
    }

    private Label cell(int i, int j, int count, double fraction, boolean normalised, List<String> names) {
        Label c = new Label(normalised ? String.format("%.2f", fraction) : Integer.toString(count));
        c.getStyleClass().add("confusion-cell");
        c.setId("cell-" + i + "-" + j);
        c.setMinSize(58, 40);
        c.setPrefSize(64, 42);
        c.setAlignment(Pos.CENTER);
        // inline style: it outranks the style sheets, which would otherwise reset the text colour
        c.setStyle(String.format("-fx-background-color: %s; -fx-text-fill: %s;%s", web(shade(fraction)),
                fraction > 0.5 ? "white" : "#1b2a4a", i == j ? " -fx-font-weight: bold;" : ""));
        String tip = String.format("true %s, predicted %s: %d stars (%.1f%% of the row) — click to list them",
                names.get(i), names.get(j), count, 100 * fraction);
        c.setOnMouseEntered(e -> tooltip.setText(tip)); // one shared tooltip: 49+ popups would cost the FX thread
        c.setOnMouseClicked(e -> listener.clicked(i, j));
        return c;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        return l;
    }

    private static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    /** White to dark blue (ColorBrewer Blues). */
    static Color shade(double f) {
        Color lo = Color.web("#f7fbff"), mid = Color.web("#6baed6"), hi = Color.web("#08306b");
        f = Math.max(0, Math.min(1, f));
        return f < 0.5 ? lo.interpolate(mid, f * 2) : mid.interpolate(hi, (f - 0.5) * 2);
    }
}
