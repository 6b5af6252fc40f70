package org.cepheus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogSummary;
import org.cepheus.catalog.LoadProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `catalog info PATH`: what a catalog holds and what could not be read. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Number of curves, per-class counts, points per curve, time span and loading errors.",
                "Exit code 0 when at least one curve loaded."})
public final class CatalogInfoCommand implements Callable<Integer> {
    static final int SHOWN_PROBLEMS = 20;

    @Mixin
    CatalogArgs load;

    @Option(names = "--json", description = "One JSON object on stdout: curves, classes, points, errors.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = load.load();
        CatalogSummary s = CatalogSummary.of(catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(json(s, catalog.problems()));
        else printHuman(out, catalog, s);
        out.flush();
        return exitCode(catalog, load.path, spec.commandLine().getErr());
    }

    /** 0 when curves loaded, else 1 with one line on stderr saying why. */
    static int exitCode(Catalog catalog, Path path, PrintWriter err) {
        if (!catalog.isEmpty()) return 0;
        List<LoadProblem> p = catalog.problems();
        err.println("cepheus: no light curves loaded from " + path
                + (p.isEmpty() ? " (no files matched the options)" : " (" + p.size() + " problems; first: " + p.get(0) + ")"));
        err.flush();
        return 1;
    }

    static String json(CatalogSummary s, List<LoadProblem> problems) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("curves", s.curves());
        root.put("stars", s.stars());
        ObjectNode classes = root.putObject("classes"); // curves per class
        s.classes().forEach(classes::put);
        ObjectNode classStars = root.putObject("classStars");
        s.classStars().forEach(classStars::put);
        ObjectNode points = root.putObject("points");
        points.put("min", s.minPoints());
        if (s.medianPoints() == Math.rint(s.medianPoints())) points.put("median", (long) s.medianPoints());
        else points.put("median", s.medianPoints());
        points.put("max", s.maxPoints());
        ObjectNode setAside = root.putObject("setAside"); // points kept out of every computation, per reason
        s.setAside().forEach((reason, n) -> setAside.put(reason.name(), n));
        root.put("upperLimits", s.setAside().getOrDefault(org.cepheus.catalog.SetAside.Reason.UPPER_LIMIT, 0));
        root.put("uncertainEstimates", s.uncertainEstimates()); // AAVSO ':' estimates, used as points
        ObjectNode scales = root.putObject("timeScales"); // curves per time scale
        s.timeScales().forEach(scales::put);
        ArrayNode errors = root.putArray("errors");
        for (LoadProblem p : problems) {
            ObjectNode e = errors.addObject();
            e.put("file", p.file() == null ? null : p.file().toString());
            e.put("line", p.line());
            e.put("message", p.message());
        }
        return mapper.writeValueAsString(root);
    }

    private static void printHuman(PrintWriter out, Catalog catalog, CatalogSummary s) {
        out.printf(Locale.ROOT, "Catalog %s: %d curves of %d stars%n", catalog.name(), s.curves(), s.stars());
        if (s.curves() > 0) {
            out.println("Classes: " + (s.classes().isEmpty() ? "none" : classCounts(s))
                    + (s.unlabelled() > 0 ? " (unlabelled: " + s.unlabelled() + ")" : ""));
            out.println("Bands:   " + counts(s.bands()));
            out.printf(Locale.ROOT, "Points per curve: min %d, median %s, max %d%n", s.minPoints(),
                    trim(s.medianPoints()), s.maxPoints());
            out.printf(Locale.ROOT, "Time span per curve: min %.1f, median %.1f, max %.1f days%n",
                    s.minSpan(), s.medianSpan(), s.maxSpan());
            out.println("Points set aside: " + (s.setAside().isEmpty() ? "none" : CatalogSummary.describe(s.setAside())));
            int limits = s.setAside().getOrDefault(org.cepheus.catalog.SetAside.Reason.UPPER_LIMIT, 0);
            out.printf(Locale.ROOT, "Upper limits: %s; uncertain (':') estimates: %s%n", limits == 0 ? "none" : limits
                    + " (fainter-than rows, never used as points)", s.uncertainEstimates() == 0 ? "none"
                    : s.uncertainEstimates() + " (used as points)");
            out.println("Time scales: " + counts(s.timeScales()));
        }
        List<LoadProblem> problems = catalog.problems();
        out.println("Errors: " + (problems.isEmpty() ? "none" : problems.size())
                + (catalog.skippedFiles().isEmpty() ? "" : " (" + catalog.skippedFiles().size() + " files skipped)"));
        for (LoadProblem p : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) out.println("  " + shortened(p));
        if (problems.size() > SHOWN_PROBLEMS) {
            out.println("  ... and " + (problems.size() - SHOWN_PROBLEMS) + " more (--json lists all)");
        }
    }

    /** "CEP 736 stars (1472 curves)" where stars have several bands, else "EW 30 stars". */
    private static String classCounts(CatalogSummary s) {
        StringBuilder b = new StringBuilder();
        s.classStars().forEach((c, stars) -> {
            int curves = s.classes().getOrDefault(c, 0);
            if (b.length() > 0) b.append(", ");
            b.append(c).append(' ').append(stars).append(stars == 1 ? " star" : " stars");
            if (curves != stars) b.append(" (").append(curves).append(" curves)");
        });
        return b.toString();
    }

    /** The problem with its file relative to the working directory when below it (easier to read). */
    private static String shortened(LoadProblem p) {
        if (p.file() == null) return p.toString();
        Path cwd = Path.of("").toAbsolutePath();
        Path f = p.file().toAbsolutePath();
        return f.startsWith(cwd) ? new LoadProblem(cwd.relativize(f), p.line(), p.message()).toString() : p.toString();
    }

    private static String counts(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
