package org.cepheus;

import org.cepheus.cli.CepheusCommand;
import picocli.CommandLine;

/**
 * Entry point of target/cepheus.jar: with no arguments it opens the workbench, otherwise it runs
 * a command-line verb. Deliberately not a javafx.application.Application (see ui.Launcher).
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0 && !java.awt.GraphicsEnvironment.isHeadless()) {
            if (launchGui(args)) return;
        }
        System.exit(CepheusCommand.execute(args));
    }

    /** Opens the GUI if it is on the class path; looked up by name so the CLI never loads JavaFX. */
    private static boolean launchGui(String[] args) {
        try {
            Class<?> launcher = Class.forName("org.cepheus.ui.Launcher");
            launcher.getMethod("main", String[].class).invoke(null, (Object) args);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            System.err.println("cepheus: cannot open the workbench: " + e.getCause());
            return false;
        }
    }
}
