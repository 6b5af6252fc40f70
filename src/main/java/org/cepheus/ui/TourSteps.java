package org.cepheus.ui;

/** The views the screenshot tour visits, in order. */
final class TourSteps {
    private TourSteps() { }

    static void addAll(ScreenshotTour tour, Workbench w) {
        tour.step("catalog", () -> {
            w.tabs().getSelectionModel().select(w.catalogTab());
            if (w.workspace().catalog() == null) w.openSampleData();
        }, () -> w.workspace().catalog() != null && w.workspace().selectedStarProperty().get() != null);
        tour.step("star-raw", () -> w.starView().tabs().getSelectionModel().select(0), () -> true);
        tour.step("star-periodogram", () -> w.starView().tabs().getSelectionModel().select(1), () -> true);
        tour.step("star-folded", () -> w.starView().tabs().getSelectionModel().select(2), () -> true);
        tour.step("star-dmdt", () -> w.starView().tabs().getSelectionModel().select(3), () -> true);
        tour.step("training", () -> w.tabs().getSelectionModel().select(w.trainingTab()), () -> true);
        tour.step("evaluation", () -> w.tabs().getSelectionModel().select(w.evaluationTab()), () -> true);
        tour.step("classification", () -> w.tabs().getSelectionModel().select(w.classificationTab()), () -> true);
    }
}
