package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Many events from a worker arrive complete, in order, on the FX thread, in few batches. */
@ExtendWith(ApplicationExtension.class)
class FxCoalescerTest {

    @Test
    void eventsArriveInOrderInFewBatchesOnTheFxThread() throws Exception {
        List<Integer> received = new ArrayList<>();
        AtomicInteger batches = new AtomicInteger();
        AtomicBoolean offFxThread = new AtomicBoolean();
        FxCoalescer<Integer> c = new FxCoalescer<>(50, batch -> {
            if (!Platform.isFxApplicationThread()) offFxThread.set(true);
            batches.incrementAndGet();
            received.addAll(batch);
        });
        int n = 20_000;
        Thread producer = new Thread(() -> {
            for (int i = 0; i < n; i++) c.post(i);
        });
        producer.start();
        producer.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return received.size() == n;
        });
        for (int i = 0; i < n; i++) assertEquals(i, received.get(i));
        assertTrue(!offFxThread.get(), "delivered on the FX thread");
        assertTrue(batches.get() < n / 100, "coalesced: " + batches.get() + " batches for " + n + " events");
    }
}
