package org.cepheus.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.cepheus.ui.Workspace;

/** Placeholder until the learning core's API is on main. */
public final class EvaluationView extends BorderPane {
    public EvaluationView(Workspace workspace) {
        setCenter(new Label("needs the learning core"));
    }
}
