package org.cepheus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.cepheus.TestData;
import org.cepheus.cli.CliRun;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CatalogLoader;
import org.cepheus.learn.EvaluateJob;
import org.cepheus.learn.FeatureStore;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.SplitPart;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report of a small model trained on real CRTS curves (the bundled sample catalog). */
class HtmlReportTest {
    @TempDir static Path dir;
    static Path model;

    static int run(String... args) {
        return CliRun.of(args).code();
    }

    @BeforeAll
    static void trainTinyModel() {
        model = dir.resolve("tiny.zip");
        int code = run("train", TestData.sampleData().resolve("crts").toString(), "--classes", "EW,LPV,RRab",
                "--model", "cnn2d", "--epochs", "2", "--batch", "8", "--lr", "1e-3", "--out", model.toString());
        assertEquals(0, code);
    }

    @Test
    void labelledCatalogGetsMetricsConfusionFigureAndMisclassifiedStars() throws Exception {
        Path crts = TestData.sampleData().resolve("crts");
        Path html = Files.createDirectories(dir.resolve("out")).resolve("report.html");
        assertEquals(0, run("report", model.toString(), crts.toString(), "--split", "all", "--out", html.toString()));
        String text = Files.readString(html);

        Catalog cat = CatalogLoader.load(crts, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        EvaluationResult r = new EvaluateJob(ModelBundle.load(model), cat, SplitPart.ALL, FeatureStore.inMemory()).run(ProgressMonitor.NONE);
        assertTrue(text.contains("macro F1</th><td class=\"l\">" + String.format(Locale.ROOT, "%.3f", r.macroF1())), "macro-F1 of the evaluation");
        long wrong = r.predictions().stream().filter(p -> !p.isCorrect()).count();
        assertTrue(text.contains("Misclassified stars (" + wrong + ")"));
        assertEquals(60, r.count(), "20 sample stars of each of the 3 classes");
        assertTrue(text.contains("skipped (class not in model)"), "the 4 other sample classes are counted as skipped");

        List<BufferedImage> images = embeddedImages(text);
        assertEquals(2, images.size(), "confusion matrix and per-class scores");
        assertTrue(images.get(0).getWidth() > 100 && images.get(0).getHeight() > 100);
        try (Stream<Path> files = Files.list(html.getParent())) {
            assertEquals(List.of(html), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void catalogWithoutTheModelsClassesGetsPredictionsOnly() throws Exception {
        Path html = dir.resolve("ogle.html");
        assertEquals(0, run("report", model.toString(), TestData.sampleData().resolve("ogle-lmc-cep").toString(),
                "--out", html.toString()));
        String text = Files.readString(html);
        assertFalse(text.contains("Confusion matrix"));
        assertTrue(text.contains("All predictions"));
        Matcher m = Pattern.compile("<tr><td class=\"l\">OGLE-LMC-CEP-").matcher(text.substring(text.indexOf("All predictions")));
        int rows = 0;
        while (m.find()) rows++;
        assertEquals(40, rows, "every one of the 40 sample Cepheids is listed");
    }

    @Test
    void missingModelIsAOneLineErrorAndNoReport() {
        Path html = dir.resolve("none.html");
        assertEquals(2, run("report", dir.resolve("absent.zip").toString(), TestData.sampleData().toString(),
                "--out", html.toString()));
        assertFalse(Files.exists(html));
    }

    static List<BufferedImage> embeddedImages(String html) throws Exception {
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        List<BufferedImage> out = new java.util.ArrayList<>();
        while (m.find()) out.add(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))));
        return out;
    }
}
