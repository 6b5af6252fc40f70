package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cepheus.TestData;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.CuratedLabels;
import org.cepheus.cli.CliRun;
import org.cepheus.learn.AuditResult;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.ModelBundle;
import org.cepheus.learn.ModelComparison;
import org.cepheus.ui.views.ReviewView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The label review's before-and-after in the window, headless, on 48 real CRTS curves of the
 * bundled sample (12 each of EW, LPV, RRab, RRc): a model trained on the original labels (before,
 * from the command line), a review relabelling one of its test stars and excluding another,
 * "Train on the curated labels" in the Training view tested on exactly the before model's test
 * stars, then "Compare before and after" and the CSV export. The audit ranking is SYNTHETIC
 * (hand-made probabilities for real stars); the audit itself is LabelAuditTest's.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewBeforeAfterTest {
    @TempDir static Path dir;
    static Path catalog, before;
    static final List<String> CLASSES = List.of("EW", "LPV", "RRab", "RRc");
    private Workbench workbench;

    @BeforeAll
    static void catalogAndBeforeModel() throws Exception {
        catalog = TestData.crtsSubset(TestData.sampleData().resolve("crts/lc"), dir.resolve("crts48"), CLASSES, 12);
        before = dir.resolve("before.zip");
        CliRun r = CliRun.of("train", catalog.toString(), "--model", "period-features", "--epochs", "15", "--seed", "4",
                "--out", before.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void trainOnTheCuratedLabelsIsTestedOnTheBeforeStarsAndTheComparisonIsShownAndExported(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, catalog);
        Catalog cat = workbench.workspace().catalog();
        List<String> test = ModelBundle.readManifest(before).split().test();
        String relabelled = test.get(0), excluded = test.get(1);
        String given0 = cat.byStar().get(relabelled).get(0).label(), given1 = cat.byStar().get(excluded).get(0).label();
        String to = CLASSES.get((CLASSES.indexOf(given0) + 1) % 4);
        AuditResult audit = new AuditResult(CLASSES, new double[]{0.5, 0.5, 0.5, 0.5},
                List.of(row(1, relabelled, given0, to), row(2, excluded, given1, CLASSES.get((CLASSES.indexOf(given1) + 1) % 4))), List.of());
        ReviewView review = workbench.review();
        robot.interact(() -> {
            workbench.workspace().modelPathProperty().set(before); // as if trained or loaded in this window
            workbench.tabs().getSelectionModel().select(workbench.reviewTab());
            try {
                review.setAudit(cat, audit, catalog.resolve("labels" + CuratedLabels.SUFFIX));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, review.beforeModel(), "the window's model is the before model");
        robot.clickOn("#reviewQueue");
        robot.interact(() -> review.queue().getSelectionModel().select(0));
        robot.type(KeyCode.R);
        robot.type(KeyCode.X);
        assertEquals(2, CuratedLabels.resume(cat, review.curatedFile()).decisions().size());

        robot.interact(() -> robot.lookup("#trainOnCurated").queryButton().fire());
        var training = workbench.training();
        // the before model's test stars are read in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> training.testStars() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new HashSet<>(test), training.testStars(), "tested on the before model's test stars");
        assertTrue(robot.lookup("#trainingTestStars").queryLabeled().getText().contains(test.size() + " held-back test stars of before.zip"),
                robot.lookup("#trainingTestStars").queryLabeled().getText());
        Path after = dir.resolve("after.zip");
        robot.interact(() -> {
            training.setConfig(org.cepheus.learn.TrainingConfig.preset("period-features").withEpochs(15).withSeed(4));
            training.output().setText(after.toString());
            training.start();
        });
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> review.afterModel() != null || training.running().hasEnded() && !training.running().completedNormally());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, review.afterModel(), "the curated run's model is the after model");
        Manifest.SplitIds split = ModelBundle.readManifest(after).split();
        Set<String> expected = new HashSet<>(test);
        expected.remove(excluded); // unlabelled after the review: not trained on, not tested on
        assertTrue(new HashSet<>(split.test()).containsAll(expected), "the after model held back the before model's test stars: " + split.test());
        for (List<String> part : List.of(split.train(), split.validation())) {
            for (String id : part) assertTrue(!test.contains(id), id + " of the before model's test stars was trained or validated on");
        }

        robot.interact(() -> workbench.tabs().getSelectionModel().select(workbench.reviewTab()));
        robot.clickOn("#reviewComparisonTab");
        robot.clickOn("#reviewCompare");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> review.comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ModelComparison c = review.comparison();
        assertEquals(expected.size(), c.count(), "every before test star but the excluded one is compared");
        assertEquals(2 + CLASSES.size(), review.comparisonTable().getItems().size(), "accuracy, macro-F1 and F1 of each class");
        assertEquals("accuracy", review.comparisonTable().getItems().get(0).name());
        assertEquals(c.before().accuracy(), review.comparisonTable().getItems().get(0).before(), 1e-12);
        assertEquals(c.after().macroF1(), review.comparisonTable().getItems().get(1).after(), 1e-12);
        assertTrue(review.comparisonSummary().getText().startsWith(expected.size() + " held-out stars"), review.comparisonSummary().getText());
        assertTrue(review.comparisonChanges().getText().contains(c.count(ModelComparison.Change.FIXED) + " fixed"),
                review.comparisonChanges().getText());

        Path csv = dir.resolve("before-after.csv");
        robot.interact(() -> review.exportComparison(csv));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(csv));
        List<String> rows = Files.readAllLines(csv);
        assertEquals("id,true,before,p_before,after,p_after,change", rows.get(0));
        assertEquals(expected.size() + 1, rows.size());
        String line = rows.stream().filter(l -> l.startsWith(relabelled + ",")).findFirst().orElse(null);
        assertNotNull(line, "the relabelled star is compared");
        assertEquals(to, line.split(",")[1], "judged by its curated class");
    }

    private static AuditResult.Row row(int rank, String id, String given, String suggested) {
        float[] p = new float[CLASSES.size()];
        p[CLASSES.indexOf(given)] = 0.1f;
        p[CLASSES.indexOf(suggested)] = 0.9f;
        return new AuditResult.Row(rank, id, given, suggested, 0.8, true, p, 1, Double.NaN, 0.5, Double.NaN);
    }
}
