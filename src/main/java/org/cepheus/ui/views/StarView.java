package org.cepheus.ui.views;

import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.cepheus.ui.StarRow;
import org.cepheus.ui.Workspace;

/**
 * Everything about the selected star: raw curve, periodogram, folded curve, dm-dt image and the
 * catalog's metadata. Only the visible tab is computed, so walking through the table with the
 * arrow keys stays quick.
 */
public final class StarView extends BorderPane {
    private final Workspace workspace;
    private final TabPane tabs = new TabPane();
    private final BandChoice bands = new BandChoice(this::bandChanged);
    private final RawCurvePane raw = new RawCurvePane(bands);
    private final PeriodogramPane periodogram;
    private final FoldedPane folded;
    private final DmDtPane dmdt;
    private final MetadataPanel metadata = new MetadataPanel();
    private final Tab rawTab, periodogramTab, foldedTab, dmdtTab;
    private StarRow shown;
    private final BorderPane centre;
    private final ScrollPane side;
    private final javafx.scene.control.Label hint = new javafx.scene.control.Label("No star selected — click a row in the catalog table");

    /** With no star, a line saying what to do instead of empty tabs. */
    private void showEmpty(boolean empty) {
        setCenter(empty ? hint : centre);
        setRight(empty ? null : side);
        if (empty) BorderPane.setAlignment(hint, javafx.geometry.Pos.CENTER);
    }

    public StarView(Workspace workspace, IntConsumer moveSelection) {
        this.workspace = workspace;
        getStyleClass().add("star-view");
        folded = new FoldedPane(workspace, bands);
        periodogram = new PeriodogramPane(workspace, this::foldAt, bands);
        dmdt = new DmDtPane(workspace, bands);
        raw.setOnEdited(edited -> { if (shown != null) workspace.replaceStar(shown, edited); });
        folded.setOnEdited(edited -> { if (shown != null) workspace.replaceStar(shown, edited); });
        rawTab = tab("Light curve", raw, "rawTab");
        periodogramTab = tab("Periodogram", periodogram, "periodogramTab");
        foldedTab = tab("Folded", folded, "foldedTab");
        dmdtTab = tab("dm-dt", dmdt, "dmdtTab");
        tabs.getTabs().addAll(rawTab, periodogramTab, foldedTab, dmdtTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> refreshVisible());
        ScrollPane side = new ScrollPane(metadata);
        side.setFitToWidth(true);
        BorderPane centre = new BorderPane(tabs);
        centre.setTop(new org.cepheus.ui.ToolRow(new javafx.scene.control.Label("band"), bands.control()));
        this.centre = centre;
        this.side = side;
        hint.setId("starViewHint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        showEmpty(true);
        workspace.selectedStarProperty().addListener((o, was, now) -> show(now));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isTextTarget(e.getTarget())) return;
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.PAGE_UP) {
                moveSelection.accept(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.PAGE_DOWN) {
                moveSelection.accept(1);
                e.consume();
            }
        });
    }

    private static boolean isTextTarget(Object target) {
        for (Object t = target; t instanceof Node; t = ((Node) t).getParent()) {
            if (t instanceof TextInputControl || t instanceof Spinner || t instanceof Slider) return true;
        }
        return false;
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private void show(StarRow star) {
        shown = star;
        showEmpty(star == null);
        bands.offer(star);
        metadata.show(star);
        StarPane visible = visiblePane();
        for (StarPane p : new StarPane[]{raw, periodogram, folded, dmdt}) {
            if (p != visible) p.cancel(); // the visible one cancels its own when it starts the new star's
        }
        refreshVisible();
    }

    private StarPane visiblePane() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == rawTab ? raw : t == periodogramTab ? periodogram : t == foldedTab ? folded : dmdt;
    }

    private void refreshVisible() {
        visiblePane().show(shown);
    }

    /** Another band chosen: the visible tab redraws with it, the others when next shown. */
    private void bandChanged() {
        StarPane visible = visiblePane();
        for (StarPane p : new StarPane[]{raw, periodogram, folded, dmdt}) if (p != visible) p.cancel();
        refreshVisible();
    }

    /** A clicked periodogram peak: fold there and show the folded curve. */
    private void foldAt(double period) {
        folded.setPeriod(shown, period);
        tabs.getSelectionModel().select(foldedTab);
    }

    public TabPane tabs() { return tabs; }
    public BandChoice bands() { return bands; }
    public RawCurvePane raw() { return raw; }
    public PeriodogramPane periodogram() { return periodogram; }
    public FoldedPane folded() { return folded; }
    public DmDtPane dmdt() { return dmdt; }
    public Workspace workspace() { return workspace; }
}
