package org.cepheus;

import org.cepheus.cli.CepheusCommand;

/**
 * Entry point of target/cepheus.jar: with no arguments, a catalog path or {@code --screenshots DIR}
 * it opens the workbench (when there is a display), otherwise it runs a command-line verb.
 * Deliberately not a javafx.application.Application (see ui.Launcher).
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (isForGui(args) && !java.awt.GraphicsEnvironment.isHeadless()) {
            if (launchGui(args)) return;
        }
        System.exit(CepheusCommand.execute(args));
    }

    /** No arguments, {@code --screenshots DIR}, or one argument that is not a verb: a catalog to open. */
    static boolean isForGui(String[] args) {
        if (args.length == 0) return true;
        if (args[0].equals("--screenshots")) return true;
        if (args.length != 1 || args[0].startsWith("-")) return false;
        return !CepheusCommand.isVerb(args[0]);
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
