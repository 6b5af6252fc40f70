package org.cepheus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cepheus.report.ReportComparison;
import org.cepheus.report.ReportCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cepheus compare A.csv B.csv}: which stars changed class between two report CSVs. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two report CSVs (written by 'report --out FILE.csv'): the stars whose predicted class "
                + "changed, and the two confusion matrices of their scored stars.")
public final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A.csv", description = "The first report CSV.") Path a;
    @Parameters(index = "1", paramLabel = "B.csv", description = "The second report CSV.") Path b;
    @Option(names = "--json", description = "Print one JSON object instead of text.") boolean json;

    @Override
    public Integer call() throws Exception {
        ReportComparison c = ReportComparison.of(ReportCsv.read(a), ReportCsv.read(b));
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(c)));
        else print(out, c);
        out.flush();
        return 0;
    }

    static ObjectNode toJson(ReportComparison c) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.set("a", run(o, c.a()));
        o.set("b", run(o, c.b()));
        o.put("common", c.common());
        ArrayNode changed = o.putArray("changed");
        for (ReportComparison.Change ch : c.changed()) {
            ObjectNode j = changed.addObject();
            j.put("id", ch.id());
            if (ch.trueLabel() == null) j.putNull("true"); else j.put("true", ch.trueLabel());
            j.put("a", ch.predictedA());
            j.put("probability_a", ch.probabilityA());
            j.put("b", ch.predictedB());
            j.put("probability_b", ch.probabilityB());
        }
        ArrayNode onlyA = o.putArray("only_a");
        c.onlyA().forEach(onlyA::add);
        ArrayNode onlyB = o.putArray("only_b");
        c.onlyB().forEach(onlyB::add);
        return o;
    }

    private static ObjectNode run(ObjectNode parent, ReportComparison.Run r) {
        ObjectNode o = parent.objectNode();
        o.put("file", r.file());
        o.put("scored", r.scored());
        if (Double.isNaN(r.accuracy())) o.putNull("accuracy"); else o.put("accuracy", r.accuracy());
        ArrayNode classes = o.putArray("classes");
        r.classes().forEach(classes::add);
        org.cepheus.report.ReportJson.matrix(o, "confusion", r.confusion());
        return o;
    }

    static void print(PrintWriter out, ReportComparison c) {
        out.printf(Locale.ROOT, "%d stars in both, %d changed class; %d only in A, %d only in B%n",
                c.common(), c.changed().size(), c.onlyA().size(), c.onlyB().size());
        for (ReportComparison.Change ch : c.changed()) {
            out.printf(Locale.ROOT, "  %s: %s (p = %.3f) -> %s (p = %.3f)%s%n", quoted(ch.id()), ch.predictedA(), ch.probabilityA(),
                    ch.predictedB(), ch.probabilityB(), ch.trueLabel() == null ? "" : ", true " + ch.trueLabel());
        }
        matrix(out, "A", c.a());
        matrix(out, "B", c.b());
    }

    private static void matrix(PrintWriter out, String name, ReportComparison.Run r) {
        out.printf(Locale.ROOT, "%s: %s, %d scored stars%s%n", name, r.file(), r.scored(),
                Double.isNaN(r.accuracy()) ? "" : String.format(Locale.ROOT, ", accuracy %.3f", r.accuracy()));
        if (r.scored() == 0) return;
        List<String> cl = r.classes();
        int w = Math.max(8, cl.stream().mapToInt(String::length).max().orElse(8) + 1);
        out.println("confusion (rows true, columns predicted):");
        out.printf("%-" + w + "s", "");
        for (String s : cl) out.printf(" %" + w + "s", quoted(s));
        out.println();
        for (int i = 0; i < cl.size(); i++) {
            out.printf("%-" + w + "s", quoted(cl.get(i)));
            for (int v : r.confusion()[i]) out.printf(" %" + w + "d", v);
            out.println();
        }
    }

    /** A line break in an id would forge a line of the output: shown escaped. */
    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
