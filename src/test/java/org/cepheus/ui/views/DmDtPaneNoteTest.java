package org.cepheus.ui.views;

import static org.junit.jupiter.api.Assertions.*;

import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.junit.jupiter.api.Test;

/** The dm-dt pane's note says when an image comes from sampled pairs. */
class DmDtPaneNoteTest {
    @Test
    void notesSampledPairsPastTheCap() {
        DmDt dmdt = new DmDt(DmDtGrid.mahabal());
        assertEquals("4,950 pairs", DmDtPane.pairsNote(dmdt, 100));
        assertEquals("4,194,304 randomly sampled pairs of 4,999,950,000 (curve past the 4,194,304-pair cap)",
                DmDtPane.pairsNote(dmdt, 100_000));
    }
}
