package org.cepheus.learn;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The thread setting is changed only for the length of a training lease, and put back after. */
class ThreadBudgetTest {

    @Test
    void aLeaseLimitsThreadsAndTheLastCloseRestoresThem() {
        AtomicInteger setting = new AtomicInteger(8);
        ThreadBudget budget = new ThreadBudget(3, setting::get, setting::set);
        try (ThreadBudget.Lease a = budget.training()) {
            assertEquals(3, setting.get());
            try (ThreadBudget.Lease b = budget.training()) {
                assertEquals(3, setting.get());
            }
            assertEquals(3, setting.get(), "still training under the first lease");
            a.close();
            a.close(); // twice is harmless
            assertEquals(8, setting.get());
        }
        assertEquals(8, setting.get());
        setting.set(5); // someone else's choice between runs is what the next run restores
        try (ThreadBudget.Lease c = budget.training()) {
            assertEquals(3, setting.get());
        }
        assertEquals(5, setting.get());
    }

    @Test
    void aLeaseReallyLimitsNd4jsThreadsAndPutsThemBack() {
        var env = org.nd4j.linalg.factory.Nd4j.getEnvironment();
        var blas = org.nd4j.linalg.factory.Nd4j.factory().blas();
        int master = env.maxMasterThreads();
        int blasThreads = blas.getMaxThreads();
        try (ThreadBudget.Lease l = ThreadBudget.training(1).training()) {
            assertEquals(1, env.maxMasterThreads(), "ND4J's outer-loop threads");
            assertEquals(1, blas.getMaxThreads(), "OpenBLAS's threads");
        }
        assertEquals(master, env.maxMasterThreads());
        assertEquals(master, blas.getMaxThreads(), "restored to the saved master count (was " + blasThreads + ")");
    }

    @Test
    void unchangedNeverTouchesTheSetting() {
        AtomicInteger setting = new AtomicInteger(8);
        ThreadBudget budget = new ThreadBudget(0, () -> { throw new AssertionError("read"); }, n -> setting.set(-1));
        try (ThreadBudget.Lease l = budget.training()) {
            assertEquals(8, setting.get());
        }
        assertEquals(8, setting.get());
    }

    @Test
    void theGuiLeavesOneCoreOnSmallMachinesOnly() {
        assertEquals(1, ThreadBudget.leavingOneCore(2).trainingThreads());
        assertEquals(3, ThreadBudget.leavingOneCore(4).trainingThreads());
        assertEquals(0, ThreadBudget.leavingOneCore(8).trainingThreads());
        assertEquals(1, ThreadBudget.leavingOneCore(1).trainingThreads());
        assertThrows(IllegalArgumentException.class, () -> ThreadBudget.training(0));
    }
}
