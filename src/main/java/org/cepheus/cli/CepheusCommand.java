package org.cepheus.cli;

import org.cepheus.service.UserMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each verb is its own small class registered here, in one place. */
@Command(name = "cepheus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Classify variable-star light curves with deep networks (CNN-LSTM, dm-dt CNN).",
        subcommands = {
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                ClassifyCommand.class,
                ReportCommand.class,
                InfoCommand.class,
                FeaturesCommand.class,
                CatalogCommand.class,
                PeriodCommand.class,
                FoldCommand.class,
                DmDtCommand.class,
        })
public final class CepheusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line; user errors become one-line messages and a non-zero exit code. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new CepheusCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("cepheus: " + UserMessages.of(ex));
            return 2;
        });
        try {
            return cl.execute(args);
        } catch (ExceptionInInitializerError | NoClassDefFoundError | UnsatisfiedLinkError e) {
            // picocli passes Errors through; the one a user meets is ND4J failing to load its
            // native backend (the CUDA build on a machine without a usable GPU driver)
            System.err.println("cepheus: " + UserMessages.ofBackendFailure(e));
            return 3;
        }
    }
}
