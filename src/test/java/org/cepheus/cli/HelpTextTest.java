package org.cepheus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command says in a whole sentence what it does, and every option has a help text. */
class HelpTextTest {
    @Test
    void eachCommandsSummaryIsAWholeSentenceAndEveryOptionIsDescribed() {
        CommandLine root = CepheusCommand.create(org.cepheus.learn.FeatureStore.inMemory());
        List<String> undescribed = new java.util.ArrayList<>();
        check(root, undescribed);
        assertEquals(List.of(), undescribed, "options or parameters without a help text");
    }

    private static void check(CommandLine cl, List<String> undescribed) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String name = sub.getCommandSpec().qualifiedName();
            String[] description = sub.getCommandSpec().usageMessage().description();
            if (!name.endsWith("help")) {
                assertTrue(description.length > 0, name + " has no description");
                // the top-level list shows only the first line: it must not stop mid-sentence
                assertTrue(description[0].strip().endsWith("."), name + ": '" + description[0] + "'");
            }
            for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
                if (o.hidden() || o.usageHelp() || o.versionHelp()) continue;
                if (o.description().length == 0 || o.description()[0].isBlank()) undescribed.add(name + " " + o.longestName());
            }
            for (CommandLine.Model.PositionalParamSpec p : sub.getCommandSpec().positionalParameters()) {
                if (p.hidden()) continue;
                if (p.description().length == 0 || p.description()[0].isBlank()) undescribed.add(name + " " + p.paramLabel());
            }
            check(sub, undescribed);
        }
    }
}
