package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.cepheus.catalog.LightCurve;
import org.cepheus.ui.charts.ChartExport;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The raw curve of a real star saved as PNG and SVG, and its points copied as CSV, from the chart's menu actions. */
@ExtendWith(ApplicationExtension.class)
class ChartExportTest {
    private Workbench workbench;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        workbench = WorkbenchFixture.show(stage);
    }

    @Test
    void pngSvgAndCsvOfTheRawCurve(FxRobot robot) throws Exception {
        WorkbenchFlowTest.openAndWait(robot, workbench, WorkbenchFixture.sampleCatalog());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.starView().raw().chartPane().chart() != null);
        ChartPane pane = workbench.starView().raw().chartPane();
        JFreeChart chart = pane.chart();
        assertNotNull(chart);
        List<LightCurve> star = workbench.workspace().selectedStarProperty().get().bands();
        int points = star.stream().mapToInt(LightCurve::size).sum();

        String[] csv = new String[1];
        robot.interact(() -> csv[0] = pane.copyData());
        List<String> rows = csv[0].lines().toList();
        assertTrue(rows.get(0).startsWith("series,"), rows.get(0));
        // every point of the star is a row (error bars, when drawn, are their own series)
        assertTrue(rows.size() - 1 >= points, (rows.size() - 1) + " rows for " + points + " points");

        Path png = tmp.resolve("raw.png"), svg = tmp.resolve("raw.svg");
        ChartExport.png(chart, png, 800, 500);
        ChartExport.svg(chart, svg, 800, 500);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals((byte) 0x89, head[0]);
        assertEquals("PNG", new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        String doc = Files.readString(svg);
        assertTrue(doc.startsWith("<svg") || doc.contains("<svg "), doc.substring(0, Math.min(80, doc.length())));
        assertTrue(doc.contains(star.get(0).id()), "the title with the star's id is in the SVG");
        assertTrue(workbench.starView().raw().chartPane().viewer().getContextMenu().getItems().stream()
                .anyMatch(i -> "Save as SVG…".equals(i.getText())), "the menu offers SVG");
    }
}
