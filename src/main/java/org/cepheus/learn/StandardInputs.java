package org.cepheus.learn;

import java.util.List;

/**
 * The two standard inputs: the padded light-curve sequence with its mask (for the CNN-LSTM) and
 * the dm-dt image (for the 2D CNN). Encoding itself is the science core's (org.cepheus.lightcurve);
 * this class only decides the parameters from the training stars and adapts to {@link InputEncoder}.
 */
public final class StandardInputs {
    private StandardInputs() { }

    public static final String SEQUENCE = "sequence";
    public static final String DMDT = "dmdt";

    /** The sequence input: length = peak of the training lengths (or as configured), NCW, masked. */
    public static InputSpec sequence(TrainingConfig config, List<Star> training) {
        throw new UnsupportedOperationException("sequence input: waiting for lightcurve.SequenceEncoder");
    }

    /** The dm-dt input on the configured grid: [1, dm bins, dt bins]. */
    public static InputSpec dmdt(TrainingConfig config, List<Star> training) {
        throw new UnsupportedOperationException("dm-dt input: waiting for lightcurve.DmDt");
    }

    /** The encoder of a standard input spec. */
    public static InputEncoder encoder(InputSpec spec) {
        throw new IllegalArgumentException("no standard encoder '" + spec.encoder() + "'");
    }
}
