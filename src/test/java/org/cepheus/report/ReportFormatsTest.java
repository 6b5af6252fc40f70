package org.cepheus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.catalog.LightCurve;
import org.cepheus.cli.CliRun;
import org.cepheus.learn.Classifier;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.Prediction;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format of one small model trained on real CRTS curves (EW and LPV, 10 of each):
 * CSV and JSON parsed back and compared with {@code evaluate --json}, the CSV re-read as a labels
 * table, the PDF's text extracted, the HTML rendered by headless Chromium, and hostile star ids
 * and class names kept as text in all four.
 */
class ReportFormatsTest {
    @TempDir static Path dir;
    static Path model;
    static final List<String> CATALOG = List.of(TestData.crts().toString(), "--classes", "EW,LPV", "--per-class-cap", "10");
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void train() {
        model = dir.resolve("m.zip");
        List<String> a = new ArrayList<>(List.of("train"));
        a.addAll(CATALOG);
        a.addAll(List.of("--model", "cnn2d", "--epochs", "2", "--batch", "4", "--lr", "1e-3", "--out", model.toString()));
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
    }

    static CliRun report(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("report", model.toString()));
        a.addAll(CATALOG);
        a.addAll(List.of("--out", out.toString()));
        a.addAll(List.of(more));
        return CliRun.of(a.toArray(String[]::new));
    }

    static JsonNode evaluateJson(String... more) throws Exception {
        List<String> a = new ArrayList<>(List.of("evaluate", model.toString()));
        a.addAll(CATALOG);
        a.add("--json");
        a.addAll(List.of(more));
        CliRun r = CliRun.of(a.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHoldsTheMetricsOfEvaluateAndEveryStar() throws Exception {
        Path out = dir.resolve("r.json");
        CliRun r = report(out);
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(out.toFile());
        JsonNode eval = evaluateJson();
        ObjectNode metrics = j.get("metrics").deepCopy();
        metrics.remove(List.of("per_class", "confusion_normalised"));
        assertEquals(eval, metrics, "the report's metrics are evaluate's, on the same default split");
        assertEquals(4, eval.get("count").asInt(), "the model's 2+2 held-back test stars");
        assertEquals("test", j.get("split").get("part").asText());
        assertTrue(j.get("split").get("warning").isNull());
        assertEquals(20, j.get("stars").size(), "every star of the catalog, scored or not");
        int scored = 0;
        for (JsonNode s : j.get("stars")) {
            if (s.get("scored").asBoolean()) {
                scored++;
                assertEquals("test", s.get("part").asText());
            }
            double sum = s.get("probabilities").get("EW").asDouble() + s.get("probabilities").get("LPV").asDouble();
            assertEquals(1.0, sum, 1e-5);
            assertTrue(s.get("period").asDouble() > 0, s.toString());
        }
        assertEquals(4, scored);
        JsonNode h = j.get("header");
        assertEquals("cnn2d", h.get("model").get("kind").asText());
        assertEquals(12, h.get("model").get("training_data").get("train").asInt());
        assertEquals("2", h.get("model").get("hyper_parameters").get("epochs").asText());
        Manifest m = ModelBundle.load(model).manifest();
        assertNotNull(m.temperature(), "the preset fits a temperature");
        assertEquals(m.temperature(), h.get("model").get("temperature").asDouble(), 0, "the report says the temperature its probabilities used");
        String novelty = h.get("model").get("novelty").asText();
        assertTrue(novelty.contains("fitted on 12 training stars") && novelty.contains(
                String.format(Locale.ROOT, "keeps %.0f %%", 100 * m.novelty().retention())), novelty);
        assertTrue(j.get("figures").size() > 0);
    }

    @Test
    void allSplitWarnsThatTrainingStarsAreScored() throws Exception {
        Path out = dir.resolve("all.json");
        CliRun r = report(out, "--split", "all");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: 16 of the scored stars were used to train or validate"), r.err());
        JsonNode j = JSON.readTree(out.toFile());
        assertEquals(evaluateJson("--split", "all").get("macro_f1"), j.get("metrics").get("macro_f1"));
        assertEquals(20, j.get("metrics").get("count").asInt());
        assertEquals(16, j.get("split").get("training_stars_scored").asInt());
    }

    @Test
    void csvRowsGiveEvaluatesConfusionAndReadBackAsLabels() throws Exception {
        Path out = dir.resolve("r.csv");
        assertEquals(0, report(out).code());
        ReportCsv.Table t = ReportCsv.read(out);
        assertEquals(List.of("EW", "LPV"), t.classes());
        assertEquals(20, t.rows().size());
        JsonNode eval = evaluateJson();
        int[][] confusion = new int[2][2];
        for (ReportCsv.Row row : t.rows()) {
            if (row.scored()) confusion[t.classes().indexOf(row.trueLabel())][t.classes().indexOf(row.predicted())]++;
        }
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) assertEquals(eval.get("confusion").get(i).get(k).asInt(), confusion[i][k]);
        }
        Map<String, String> metrics = new HashMap<>();
        for (List<String> row : ReportCsv.parse(Files.readString(ReportCsv.metricsFile(out)))) {
            if (row.get(1).isEmpty()) metrics.put(row.get(0), row.get(3));
        }
        assertEquals(eval.get("macro_f1").asDouble(), Double.parseDouble(metrics.get("macro_f1")), 1e-12);
        assertEquals("test", metrics.get("split"));

        // a reviewer corrects one star's class: the report becomes the labels of the catalog
        List<String> lines = new ArrayList<>(Files.readAllLines(out));
        String[] cells = lines.get(1).split(",", -1);
        String reviewed = cells[0];
        cells[1] = "RRc";
        lines.set(1, String.join(",", cells));
        Path labels = dir.resolve("reviewed.csv");
        Files.write(labels, lines);
        Catalog cat = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults().withLabels(labels), ProgressMonitor.NONE);
        Map<String, String> labelOf = new HashMap<>();
        for (LightCurve c : cat.curves()) labelOf.put(c.id(), c.label());
        assertEquals("RRc", labelOf.get(reviewed));
        for (ReportCsv.Row row : t.rows()) {
            if (!row.id().equals(reviewed)) assertEquals(row.trueLabel(), labelOf.get(row.id()), row.id());
        }
    }

    @Test
    void compareListsTheStarsThatChangedClass() throws Exception {
        Path a = dir.resolve("a.csv"), b = dir.resolve("b.csv");
        assertEquals(0, report(a).code());
        List<String> lines = new ArrayList<>(Files.readAllLines(a));
        String[] cells = lines.get(2).split(",", -1);
        String id = cells[0], was = cells[2];
        cells[2] = was.equals("EW") ? "LPV" : "EW";
        lines.set(2, String.join(",", cells));
        Files.write(b, lines);
        CliRun r = CliRun.of("compare", a.toString(), b.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(20, j.get("common").asInt());
        assertEquals(1, j.get("changed").size());
        assertEquals(id, j.get("changed").get(0).get("id").asText());
        assertEquals(was, j.get("changed").get(0).get("a").asText());
        assertEquals(evaluateJson().get("confusion"), j.get("a").get("confusion"));
        CliRun text = CliRun.of("compare", a.toString(), b.toString());
        assertTrue(text.out().startsWith("20 stars in both, 1 changed class"), text.out());
        CliRun bad = CliRun.of("compare", a.toString(), ReportCsv.metricsFile(a).toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("cepheus: ") && bad.err().contains("line 1: not a Cepheus report CSV"), bad.err());
    }

    @Test
    void pdfTextHoldsHeaderMetricsAndEveryStar() throws Exception {
        Path out = dir.resolve("r.pdf"), csv = dir.resolve("for-pdf.csv");
        assertEquals(0, report(out).code());
        assertEquals(0, report(csv).code());
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "header and metrics, panels, tables");
            text = new PDFTextStripper().getText(pdf);
        }
        JsonNode eval = evaluateJson();
        assertTrue(text.contains("Cepheus classification report"));
        assertTrue(text.contains(String.format(Locale.ROOT, "macro F1 %.3f", eval.get("macro_f1").asDouble())), text);
        assertTrue(text.contains("the model's 4 held-back test stars"), text);
        assertTrue(text.contains("All stars (20)"));
        for (ReportCsv.Row row : ReportCsv.read(csv).rows()) assertTrue(text.contains(row.id()), row.id());
    }

    @Test
    void htmlOpensOfflineInHeadlessChromium() throws Exception {
        Path out = dir.resolve("r.html");
        assertEquals(0, report(out).code());
        String html = Files.readString(out);
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing fetched from outside");
        assertTrue(html.contains("data:image/svg+xml;base64,") && html.contains("data:image/png;base64,"));
        String chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium): the rendering check is skipped");
        Path png = dir.resolve("r.png");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1200,1600",
                "--screenshot=" + png, out.toUri().toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1200, img.getWidth());
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) if ((img.getRGB(x, y) & 0xFF) < 128) dark++;
        }
        assertTrue(dark > 500, "the page drew text and figures, not a blank page (" + dark + " dark samples)");
    }

    @Test
    void unknownExtensionIsRefusedNamingTheFour() {
        Path out = dir.resolve("r.txt");
        CliRun r = report(out);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("cepheus: ") && r.err().contains("name it .html, .pdf, .csv or .json"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void hostileIdsAndClassNamesStayTextInEveryFormat() throws Exception {
        String[] classes = {"<script>alert('x')</script>", "=HYPERLINK(\"http://evil\")\nsecond line"};
        String[] ids = {"<img src=x onerror=alert(1)>", "=1+1", "+SUM(A1)", "-2+3", "@cmd", "line\nbreak", "a,\"b\"", "#hash"};
        ModelBundle real = ModelBundle.load(model);
        Manifest m = real.manifest();
        // the trained network under hostile class names (same order, same count)
        ModelBundle bundle = real.withManifest(new Manifest(m.formatVersion(), m.modelKind(), List.of(classes), m.inputs(),
                m.config(), m.split(), m.history(), m.bestEpoch(), m.testMetrics(), m.profile(), m.software(), m.backend(),
                m.created(), m.resume()));
        Catalog crts = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults().withClasses(Set.of("EW", "LPV")),
                ProgressMonitor.NONE);
        List<LightCurve> curves = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            LightCurve c = crts.curves().get(i * 7 % crts.size());
            curves.add(new LightCurve(ids[i], c.band(), c.time(), c.mag(), c.err(), classes["EW".equals(c.label()) ? 0 : 1], null));
        }
        Catalog hostile = new Catalog("hostile", curves, List.of());
        List<Prediction> predictions = new Classifier(bundle).classify(hostile, ProgressMonitor.NONE);
        ReportModel r = new ReportBuilder(bundle, "m.zip", hostile, "<b>catalog</b>", predictions, null).build(ProgressMonitor.NONE);
        assertEquals("ALL", r.header().split().part().name(), "none of the model's test stars: all, said so");

        Path html = dir.resolve("hostile.html"), csv = dir.resolve("hostile.csv"), json = dir.resolve("hostile.json"),
                pdf = dir.resolve("hostile.pdf");
        for (Path p : List.of(html, csv, json, pdf)) ReportFormat.of(p).write(r, p);

        String page = Files.readString(html);
        assertFalse(page.contains("<script>") || page.contains("<img src=x") || page.contains("<b>catalog"), "no markup from the catalog");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") && page.contains("&lt;img src=x onerror=alert(1)&gt;"));

        ReportCsv.Table t = ReportCsv.read(csv);
        assertEquals(List.of(classes), t.classes());
        assertEquals(List.of(ids), t.rows().stream().map(ReportCsv.Row::id).toList(), "the CSV reads back to the very ids");
        for (List<String> row : ReportCsv.parse(Files.readString(csv))) {
            for (String cell : row) assertFalse(cell.matches("(?s)^[=+@].*") || cell.matches("(?s)^-[^0-9.].*"), "formula cell: " + cell);
        }

        JsonNode j = JSON.readTree(json.toFile());
        List<String> jsonIds = new ArrayList<>();
        j.get("stars").forEach(s -> jsonIds.add(s.get("id").asText()));
        assertEquals(List.of(ids), jsonIds);
        assertEquals(classes[1], j.get("header").get("model").get("classes").get(1).asText());

        String text;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(d);
        }
        assertTrue(text.contains("<img src=x onerror=alert(1)>"), "the id is printed as text");
        assertTrue(text.contains("line¶break"), "a line break in an id is shown, not obeyed");
        assertTrue(text.contains("=1+1"));
    }
}
