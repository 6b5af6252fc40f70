package org.cepheus.service;

/**
 * A refusal whose remedy depends on the face the user sees: the command line names an option,
 * the workbench names a control. The message itself says what is wrong in neutral words.
 */
public class Remedy extends IllegalArgumentException {
    private final String onCommandLine;
    private final String inWorkbench;

    public Remedy(String message, String onCommandLine, String inWorkbench) {
        super(message);
        this.onCommandLine = onCommandLine;
        this.inWorkbench = inWorkbench;
    }

    public String onCommandLine() { return getMessage() + "; " + onCommandLine; }

    public String inWorkbench() { return getMessage() + "; " + inWorkbench; }
}
