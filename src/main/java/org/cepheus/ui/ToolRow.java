package org.cepheus.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** A row of controls above a chart that wraps instead of truncating when the window is narrow. */
public final class ToolRow extends FlowPane {
    public ToolRow(Node... nodes) {
        super(8, 6, nodes);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("tool-row");
        keepWidth(nodes);
    }

    /** Controls that wrap together (a label and its field). */
    public static javafx.scene.layout.HBox group(Node... nodes) {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        keepWidth(nodes);
        return box;
    }

    /** Labels and buttons keep their full text instead of shrinking to "…". */
    public static void keepWidth(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof javafx.scene.control.Labeled || n instanceof javafx.scene.control.ComboBoxBase) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
