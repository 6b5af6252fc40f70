package org.cepheus.ui;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an AnimationTimer asks for a pulse every
 * frame (~60 Hz), so the gap between two frames is how long the UI could not repaint. On a loaded
 * machine a gap also includes time the OS did not schedule the FX thread at all, which is why
 * {@link FxCoalescer#maxDrainMillis()} (our own work per batch) is reported beside it.
 * Start and stop on the FX thread.
 */
public final class PulseProbe extends AnimationTimer {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private long lastCpu;
    private long worstCpu;
    private long maxCpu;
    private long first;
    private long last;
    private long worstAt;
    private long worst;
    private long[] gaps = new long[1024];
    private int count;

    @Override
    public void handle(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime(); // the FX thread's own work since the last pulse
        if (last != 0) {
            maxCpu = Math.max(maxCpu, cpu - lastCpu);
            if (count == gaps.length) gaps = Arrays.copyOf(gaps, count * 2);
            gaps[count++] = now - last;
            if (now - last > worst) {
                worst = now - last;
                worstAt = last - first;
                worstCpu = cpu - lastCpu;
            }
        } else {
            first = now;
        }
        last = now;
        lastCpu = cpu;
    }

    @Override
    public void start() {
        last = 0;
        count = 0;
        worst = 0;
        worstCpu = 0;
        maxCpu = 0;
        super.start();
    }

    /** Longest gap between two pulses so far, in milliseconds. */
    public double maxGapMillis() {
        return quantileMillis(1.0);
    }

    /** The q-quantile (0..1) of the gaps between pulses, in milliseconds. */
    public double quantileMillis(double q) {
        if (count == 0) return 0;
        long[] s = Arrays.copyOf(gaps, count);
        Arrays.sort(s);
        return s[(int) Math.min(count - 1, Math.floor(q * (count - 1) + 0.5))] / 1e6;
    }

    /** Gaps longer than the given milliseconds. */
    public int gapsOver(double millis) {
        int n = 0;
        for (int i = 0; i < count; i++) if (gaps[i] > millis * 1e6) n++;
        return n;
    }

    /** When the longest gap began, in milliseconds after the first pulse. */
    public double worstGapStartMillis() { return worstAt / 1e6; }

    /**
     * CPU time the FX thread itself used during the longest gap, in milliseconds: far below the
     * gap means the thread was waiting (OS scheduling on a loaded machine, GC), not busy.
     */
    public double worstGapCpuMillis() { return worstCpu / 1e6; }

    /** Largest FX-thread CPU time between two pulses, in milliseconds: the longest our own code held it. */
    public double maxCpuBetweenPulsesMillis() { return maxCpu / 1e6; }

    public long frames() { return count + (last != 0 ? 1 : 0); }
}
