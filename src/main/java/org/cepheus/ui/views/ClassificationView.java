package org.cepheus.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.cepheus.ui.Workspace;

/** Placeholder until the learning core's API is on main. */
public final class ClassificationView extends BorderPane {
    public ClassificationView(Workspace workspace) {
        setCenter(new Label("needs the learning core"));
    }
}
