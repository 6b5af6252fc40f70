package org.cepheus.cli;

import org.cepheus.learn.FeatureStore;
import org.cepheus.service.UserMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;

/** The root command; each verb is its own small class registered here, in one place. */
@Command(name = "cepheus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Classify variable-star light curves with deep networks (CNN-LSTM, dm-dt CNN).",
        subcommands = {
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                ClassifyCommand.class,
                ReportCommand.class,
                CompareCommand.class,
                CompareModelsCommand.class,
                AuditCommand.class,
                InfoCommand.class,
                BenchCommand.class,
                FeaturesCommand.class,
                CatalogCommand.class,
                PeriodCommand.class,
                FoldCommand.class,
                DmDtCommand.class,
        })
public final class CepheusCommand implements Runnable {

    /** The one start-up setting of the command line: -Dcepheus.featureCache=DIR|off. */
    static final String FEATURE_CACHE_PROPERTY = "cepheus.featureCache";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final FeatureStore features;

    private CepheusCommand(FeatureStore features) {
        this.features = features;
    }

    /** Where the verbs that extract features keep them (one store per command-line run). */
    FeatureStore features() { return features; }

    /** Whether the word names a verb of the command line (else the launcher opens it as a catalog). */
    public static boolean isVerb(String word) {
        return create(FeatureStore.inMemory()).getSubcommands().containsKey(word);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Runs the command line; user errors become one-line messages and a non-zero exit code. System
     * properties and the user's home are read here, once; the commands get what they decide.
     */
    public static int execute(String... args) {
        try (FeatureStore features = FeatureStore.fromSetting(System.getProperty(FEATURE_CACHE_PROPERTY),
                Path.of(System.getProperty("user.home")))) {
            return execute(features, args);
        }
    }

    /** The command tree; verbs that extract features keep them in this store. */
    static CommandLine create(FeatureStore features) {
        return new CommandLine(new CepheusCommand(features));
    }

    static int execute(FeatureStore features, String... args) {
        CommandLine cl = create(features);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("cepheus: " + UserMessages.forCommandLine(ex));
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
