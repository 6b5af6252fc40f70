package org.cepheus.ui;

import javafx.application.Application;
import org.cepheus.learn.NativeBackend;

/**
 * Plain main for the workbench. It must not extend Application itself: launched from a plain jar
 * on the class path, JavaFX refuses an Application main class ("runtime components are missing").
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        loadNativeLibraries();
        Application.launch(CepheusApp.class, args);
    }

    /**
     * ND4J's native libraries, before the toolkit exists: loaded from a job while the FX thread
     * loaded its own (fonts), both hung in the dynamic loader. A failure leaves the browser usable;
     * training then reports it as a message.
     */
    static void loadNativeLibraries() {
        try {
            NativeBackend.load();
        } catch (RuntimeException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("cepheus: ND4J's native libraries did not load ("
                    + (root.getMessage() == null ? root : root.getMessage()) + "); training and classification will not work");
        }
    }
}
