package org.cepheus.ui.views;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.cepheus.catalog.Catalog;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.cepheus.ui.ChartPane;
import org.cepheus.ui.LatestJob;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.ToolRow;
import org.cepheus.ui.Workspace;
import org.cepheus.ui.charts.HeatmapCharts;

/**
 * The star's dm-dt image as the 2D network sees it, with its colour scale: the fixed edges of
 * Mahabal et al. 2017 or the Freedman-Diaconis grid of the open catalog (computed once per
 * catalog in the background), and a choice of normalisation. With "all bands" chosen for a star
 * of several, one image per band side by side, each titled with its band.
 */
public final class DmDtPane extends BorderPane implements StarPane {
    private static final String MAHABAL = "Mahabal et al. 2017 fixed edges (22 × 24)";
    private static final String FD = "Freedman-Diaconis grid of this catalog";
    private final Workspace workspace;
    private final ComboBox<String> grid = new ComboBox<>();
    private final ComboBox<DmDt.Normalisation> norm = new ComboBox<>();
    private final Label info = new Label();
    private final ChartPane chart = new ChartPane();
    private final javafx.scene.layout.HBox panes = new javafx.scene.layout.HBox(4);
    private final List<ChartPane> shown = new java.util.ArrayList<>(List.of(chart)); // one per band drawn
    private DmDtGrid fdGrid;
    private Catalog fdFor;
    private org.cepheus.ui.JobTask<DmDtGrid> fdJob;
    private final LatestJob<List<float[]>> image;
    private StarRow star;
    private final BandChoice bands;

    public DmDtPane(Workspace workspace, BandChoice bands) {
        this.workspace = workspace;
        this.bands = bands;
        this.image = new LatestJob<>(workspace.jobs(), "dm-dt image");
        grid.getItems().setAll(MAHABAL, FD);
        grid.getSelectionModel().select(MAHABAL);
        grid.setId("dmdtGrid");
        grid.valueProperty().addListener((o, was, now) -> redraw());
        norm.getItems().setAll(DmDt.Normalisation.values());
        norm.getSelectionModel().select(DmDt.Normalisation.MAHABAL);
        norm.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DmDt.Normalisation n) {
                if (n == null) return "";
                return switch (n) {
                    case RAW -> "pair counts";
                    case MAHABAL -> "Mahabal (0-255)";
                    case L2 -> "L2-normalised";
                };
            }

            @Override
            public DmDt.Normalisation fromString(String s) { return null; }
        });
        norm.valueProperty().addListener((o, was, now) -> redraw());
        ToolRow tools = new ToolRow(ToolRow.group(new Label("bins"), grid), ToolRow.group(new Label("scale"), norm), info);
        setTop(tools);
        javafx.scene.layout.HBox.setHgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        panes.getChildren().add(chart);
        setCenter(panes);
        workspace.catalogProperty().addListener((o, was, now) -> fdGrid = null);
    }

    @Override
    public void show(StarRow s) {
        star = s;
        redraw();
    }

    @Override
    public void cancel() {
        image.cancel();
    }

    /** True when no image is being computed for the shown star. */
    public boolean isReady() {
        return !image.isRunning() && (fdJob == null || !fdJob.isRunning());
    }

    private void redraw() {
        image.cancel();
        if (star == null) {
            chart.setChart(null);
            return;
        }
        DmDtGrid g = grid.getValue().equals(FD) ? fdGrid() : DmDtGrid.mahabal();
        if (g == null) return; // the FD grid is being computed; redraw comes when it is ready
        List<LightCurve> drawn = bands.chosen(star).size() > 1 ? bands.chosen(star) : List.of(bands.single(star));
        DmDt.Normalisation n = norm.getValue();
        String id = star.id();
        boolean several = star.bands().size() > 1;
        DmDt dmdt = new DmDt(g);
        StringBuilder notes = new StringBuilder();
        for (LightCurve lc : drawn) {
            notes.append(notes.length() == 0 ? "" : "; ").append(several ? BandChoice.name(lc) + " " : "").append(pairsNote(dmdt, lc.size()));
        }
        String pairs = notes.toString();
        info.setText("counting " + pairs + "…");
        image.start(m -> {
            List<float[]> out = new java.util.ArrayList<>();
            for (LightCurve lc : drawn) out.add(new DmDt(g).histogram(lc, n, m));
            return out;
        }, counts -> {
            String scale = switch (n) {
                case RAW -> "pairs";
                case MAHABAL -> "pairs / n(n-1)/2 × 255";
                case L2 -> "pairs / ‖image‖₂";
            };
            while (shown.size() < drawn.size()) {
                ChartPane extra = new ChartPane();
                javafx.scene.layout.HBox.setHgrow(extra, javafx.scene.layout.Priority.ALWAYS);
                shown.add(extra);
            }
            panes.getChildren().setAll(shown.subList(0, drawn.size()));
            for (int i = 0; i < drawn.size(); i++) {
                // each image says its band
                String band = several ? ", band " + BandChoice.name(drawn.get(i)) : "";
                shown.get(i).setChart(HeatmapCharts.binnedImage(id + " dm-dt" + band, counts.get(i), g.dmBins(), g.dtBins(),
                        g.dtEdges(), g.dmEdges(), "dt [d]", "dm [mag]", scale));
            }
            info.setText(String.format("%d × %d bins, ", g.dmBins(), g.dtBins()) + pairs);
        });
    }

    /** "1,234 pairs", or for a curve past the pair cap which sample the image comes from. */
    static String pairsNote(DmDt dmdt, int points) {
        if (!dmdt.samples(points)) return String.format("%,d pairs", DmDt.pairs(points));
        return String.format("%,d randomly sampled pairs of %,d (curve past the %,d-pair cap)",
                dmdt.pairsCounted(points), DmDt.pairs(points), dmdt.maxPairs());
    }

    /** The catalog's FD grid, or null while it is computed in the background. */
    private DmDtGrid fdGrid() {
        Catalog c = workspace.catalog();
        if (c == null) return DmDtGrid.mahabal();
        if (fdGrid != null && fdFor == c) return fdGrid;
        if (fdJob != null && fdJob.isRunning()) return null;
        info.setText("computing the catalog's Freedman-Diaconis grid…");
        List<LightCurve> curves = c.curves();
        fdJob = workspace.jobs().start("Freedman-Diaconis grid", m -> DmDtGrid.freedmanDiaconis(curves), g -> {
            fdGrid = g;
            fdFor = c;
            redraw();
        });
        return null;
    }

    /** The first (or only) image's pane. */
    public ChartPane chartPane() { return chart; }

    public Label info() { return info; }

    /** The images shown, one per band drawn. */
    public List<ChartPane> bandPanes() { return List.copyOf(shown.subList(0, panes.getChildren().size())); }
    public ComboBox<String> gridChoice() { return grid; }
}
