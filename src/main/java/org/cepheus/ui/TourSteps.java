package org.cepheus.ui;

import java.nio.file.Path;
import org.cepheus.learn.TrainingConfig;

/**
 * The views the screenshot tour visits, in order, with what each needs first: a star with a
 * catalog period for the star views, a short training of the period-features model on the sample's CRTS stars for the training,
 * evaluation and classification views.
 */
final class TourSteps {
    /** The seven CRTS classes of Bassi et al. 2021, trained on in the tour. */
    private static final java.util.List<String> PAPER_CLASSES = java.util.List.of("EW", "EA", "RRab", "RRc", "RRd", "RS_CVn", "LPV");

    private TourSteps() { }

    static void addAll(ScreenshotTour tour, Workbench w, Path modelDir) {
        Workspace ws = w.workspace();
        tour.step("catalog", () -> {
            w.tabs().getSelectionModel().select(w.catalogTab());
            if (ws.catalog() == null) w.openSampleData();
        }, () -> ws.catalog() != null && ws.selectedStarProperty().get() != null);
        tour.step("star-raw", () -> {
            selectShowcaseStar(ws);
            w.starView().tabs().getSelectionModel().select(0);
        }, () -> true);
        tour.step("star-periodogram", () -> w.starView().tabs().getSelectionModel().select(1),
                () -> w.starView().periodogram().isReady());
        tour.step("star-folded", () -> w.starView().tabs().getSelectionModel().select(2), () -> w.starView().folded().isReady());
        tour.step("star-dmdt", () -> w.starView().tabs().getSelectionModel().select(3), () -> w.starView().dmdt().isReady());
        tour.step("training", () -> {
            w.tabs().getSelectionModel().select(w.trainingTab());
            var t = w.training();
            // the period-aware model: seconds to train on the sample, and the one worth showing
            t.model().getSelectionModel().select(org.cepheus.learn.ModelKinds.byId("period-features"));
            TrainingConfig quick = t.config().withEpochs(60).withPatience(60).withBatchSize(32);
            t.setConfig(quick);
            t.perClass().getValueFactory().setValue(0);
            var checks = t.classes().getCheckModel();
            for (String item : t.classes().getItems()) {
                boolean paper = PAPER_CLASSES.stream().anyMatch(c -> item.startsWith(c + " "));
                if (paper) checks.check(item);
                else checks.clearCheck(item);
            }
            t.output().setText(modelDir.resolve("tour-model.zip").toString());
            t.start();
        }, () -> w.training().running() == null || w.training().running().isDone());
        tour.step("evaluation", () -> {
            w.tabs().getSelectionModel().select(w.evaluationTab());
            var r = ws.evaluationProperty().get();
            if (r != null) w.evaluation().cellClicked(firstConfused(r), firstConfusedColumn(r));
        }, () -> true);
        tour.step("classification", () -> {
            w.tabs().getSelectionModel().select(w.classificationTab());
            w.classification().classifyWhenLoaded();
        }, () -> !w.classification().table().getItems().isEmpty() || ws.modelPathProperty().get() == null);
    }

    /** A star with a catalog period and many points (an OGLE Cepheid in the sample data). */
    private static void selectShowcaseStar(Workspace ws) {
        StarRow best = null;
        for (StarRow r : ws.stars()) {
            if (r.catalogPeriod() > 0 && (best == null || r.points() > best.points())) best = r;
        }
        if (best != null) ws.selectedStarProperty().set(best);
    }

    /** Row of the largest off-diagonal cell, so the screenshot shows an interesting confusion. */
    private static int firstConfused(org.cepheus.learn.EvaluationResult r) {
        return largestOffDiagonal(r)[0];
    }

    private static int firstConfusedColumn(org.cepheus.learn.EvaluationResult r) {
        return largestOffDiagonal(r)[1];
    }

    private static int[] largestOffDiagonal(org.cepheus.learn.EvaluationResult r) {
        int[] best = {0, 0};
        int max = -1;
        int[][] c = r.confusion();
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c.length; j++) {
                if (i != j && c[i][j] > max) {
                    max = c[i][j];
                    best = new int[]{i, j};
                }
            }
        }
        return best;
    }
}
