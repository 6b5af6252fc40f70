package org.cepheus.lightcurve;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.atomic.AtomicInteger;
import org.cepheus.catalog.LightCurve;
import org.cepheus.service.CancelledException;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;

/** Every period-search method consults the monitor through its frequency loop and stops when cancelled. */
class PeriodSearchCancelTest {

    /** A monitor that says "cancelled" from its (after+1)-th question on, and counts the questions. */
    static final class CancelAfter implements ProgressMonitor {
        final int after;
        final AtomicInteger asked = new AtomicInteger();

        CancelAfter(int after) { this.after = after; }

        @Override public void progress(double fraction, String message) { }

        @Override public boolean isCancelled() { return asked.incrementAndGet() > after; }
    }

    @Test
    void everyMethodChecksThroughoutAndStopsWhenCancelled() {
        LightCurve lc = RealCurves.ogle().get(0);
        FrequencyGrid grid = FrequencyGrid.between(0.01, 10, 100_000);
        for (String method : PeriodSearch.METHODS) {
            AbstractPeriodSearch search = (AbstractPeriodSearch) PeriodSearch.byName(method, PeriodOptions.defaults());
            CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
            Periodogram full = search.search(lc, grid, never);
            assertEquals(grid.count(), full.power().length);
            // the exact methods check every 1,024 frequencies, the FFT ones between their transforms
            int checks = never.asked.get();
            int least = method.equals("gls-exact") || method.equals("ce") ? grid.count() / 1024 : 3;
            assertTrue(checks >= least, method + " checked " + checks + " times in a full search");

            CancelAfter soon = new CancelAfter(1);
            assertThrows(CancelledException.class, () -> search.search(lc, grid, soon), method);
            assertEquals(2, soon.asked.get(), method + ": stops at the first check after the cancel");
        }
    }

    @Test
    void theMonitorOverloadOfTheInterfaceIsCancellable() {
        LightCurve lc = RealCurves.ogle().get(0);
        PeriodSearch gls = PeriodSearch.byName("gls", PeriodOptions.defaults());
        assertThrows(CancelledException.class, () -> gls.search(lc, new CancelAfter(0)));
        assertEquals(gls.search(lc).bestPeriod(), gls.search(lc, ProgressMonitor.NONE).bestPeriod());
    }
}
