package org.cepheus.ui.charts;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Peak labels never overprint: moved while there is room, dropped after. */
class PeakLabelsTest {
    @Test
    void crowdedPeaksGetDisjointLabelsOrNone() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 200);
        List<Rectangle2D> taken = new ArrayList<>();
        int dropped = 0;
        for (int i = 0; i < 12; i++) { // twelve peaks within 12 pixels of each other
            Rectangle2D r = PeakLabels.place(200 + i, 150, 70, 14, area, taken);
            if (r == null) {
                dropped++;
                continue;
            }
            for (Rectangle2D t : taken) assertFalse(t.intersects(r), r + " overprints " + t);
            assertTrue(area.contains(r));
            taken.add(r);
        }
        assertTrue(taken.size() >= 3, "room was found for some: " + taken.size());
        assertTrue(dropped > 0, "the rest are dropped, not drawn over each other");
    }

    @Test
    void aLabelAtTheEdgeMovesInside() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 200);
        Rectangle2D r = PeakLabels.place(395, 150, 70, 14, area, List.of());
        assertNotNull(r);
        assertTrue(r.getMaxX() <= 400 && r.getX() < 395, r.toString());
    }

    @Test
    void aLabelDoesNotCoverAnotherPeaksMarker() {
        // the OGLE-LMC-CEP-0671 case at 1024x768: a lower peak 12 px left of a higher one
        Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 200);
        double[] px = {100, 112}, py = {120, 110};
        List<Rectangle2D> taken = PeakLabels.markers(px, py);
        Rectangle2D label = PeakLabels.place(px[0], py[0], 60, 14, area, taken);
        assertNotNull(label);
        for (Rectangle2D m : PeakLabels.markers(px, py)) assertFalse(m.intersects(label), label + " covers the marker " + m);
        assertTrue(PeakLabels.place(px[0], py[0], 60, 14, area, List.of()).intersects(taken.get(1)),
                "without the markers taken, the centred label would cover the higher peak's marker");
    }
}
