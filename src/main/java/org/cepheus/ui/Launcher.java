package org.cepheus.ui;

import javafx.application.Application;

/**
 * Plain main for the workbench. It must not extend Application itself: launched from a plain jar
 * on the class path, JavaFX refuses an Application main class ("runtime components are missing").
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        Application.launch(CepheusApp.class, args);
    }
}
