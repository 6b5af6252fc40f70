package org.cepheus.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse: an AnimationTimer asks for a pulse every
 * frame (~60 Hz), so the largest gap between two frames is the longest time the UI was frozen.
 * Used by the training stall test and bench; start and stop on the FX thread.
 */
public final class PulseProbe extends AnimationTimer {
    private long last;
    private long maxGap;
    private long frames;

    @Override
    public void handle(long now) {
        if (last != 0) maxGap = Math.max(maxGap, now - last);
        last = now;
        frames++;
    }

    @Override
    public void start() {
        last = 0;
        maxGap = 0;
        frames = 0;
        super.start();
    }

    /** Longest gap between two pulses so far, in milliseconds. */
    public double maxGapMillis() { return maxGap / 1e6; }

    public long frames() { return frames; }
}
