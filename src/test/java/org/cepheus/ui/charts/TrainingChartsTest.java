package org.cepheus.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A training stopped after one iteration still shows its loss: the lone point is drawn as a dot. */
class TrainingChartsTest {

    private static int pixelsOf(java.awt.Color colour, BufferedImage image) {
        int n = 0, rgb = colour.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) == rgb) n++;
        }
        return n;
    }

    @Test
    void aOnePointLossIsVisible() {
        TrainingCharts charts = new TrainingCharts();
        charts.addIterations(new double[]{1}, new double[]{2.197285});
        assertEquals(1, charts.iterationPoints());
        BufferedImage one = charts.iterationChart().createBufferedImage(400, 300);
        int dot = pixelsOf(ChartStyle.SERIES[0], one);
        assertTrue(dot >= 12, "the lone iteration is drawn: " + dot + " pixels of its colour");

    }
}
