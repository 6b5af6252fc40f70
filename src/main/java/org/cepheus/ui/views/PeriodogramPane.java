package org.cepheus.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.Workspace;

/** Placeholder until the science core's API is on main. */
public final class PeriodogramPane extends BorderPane implements StarPane {
    public PeriodogramPane(Workspace workspace, java.util.function.DoubleConsumer foldAt) {
        setCenter(new Label("needs the science core"));
    }

    @Override
    public void show(StarRow star) { }

    /** True once the periodogram of the shown star is drawn (or there is nothing to compute). */
    public boolean isReady() { return true; }
}
