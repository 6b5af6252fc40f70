package org.cepheus.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.cepheus.lightcurve.EncodedSequence;
import org.cepheus.lightcurve.SequenceEncoder;
import org.cepheus.lightcurve.SequencePreset;

import java.util.List;
import java.util.Locale;

/**
 * The two standard inputs: the padded light-curve sequence with its mask (for the CNN-LSTM) and
 * the dm-dt image (for the 2D CNN). The encoding itself is the science core's
 * ({@link SequenceEncoder}, {@link DmDt}); this class decides the parameters from the training
 * stars, records them in the {@link InputSpec} and adapts the encoders to {@link InputEncoder}.
 */
public final class StandardInputs {
    private StandardInputs() { }

    public static final String SEQUENCE = "sequence";
    public static final String DMDT = "dmdt";

    /**
     * The sequence input, NCW and masked: length = the configured one, or the peak of the training
     * lengths (the paper's rule), clipped to maxSequenceLength.
     */
    public static InputSpec sequence(TrainingConfig config, List<Star> training) {
        TrainingConfig.Encoding e = config.encoding();
        int length = e.sequenceLength();
        if (length == 0) {
            List<LightCurve> curves = training.stream().map(s -> s.curve(e.band())).toList();
            length = SequenceEncoder.peakLength(curves, SequencePreset.defaults().peakBinWidth());
        }
        length = Math.min(length, e.maxSequenceLength());
        SequenceEncoder enc = new SequenceEncoder(length, e.includeErrors());
        ObjectNode p = TrainingConfig.JSON.createObjectNode();
        p.put("length", length);
        p.put("includeErrors", e.includeErrors());
        p.put("band", e.band());
        return new InputSpec(SEQUENCE, SEQUENCE, new int[]{enc.channelCount(), length}, true, p, null);
    }

    /** The dm-dt image on the configured grid, [1, dm bins, dt bins]. */
    public static InputSpec dmdt(TrainingConfig config, List<Star> training) {
        TrainingConfig.Encoding e = config.encoding();
        DmDtGrid grid = e.dmdtGrid().equals("fd")
                ? DmDtGrid.freedmanDiaconis(training.stream().map(s -> s.curve(e.band())).toList())
                : DmDtGrid.mahabal();
        ObjectNode p = TrainingConfig.JSON.createObjectNode();
        p.set("dmEdges", TrainingConfig.JSON.valueToTree(grid.dmEdges()));
        p.set("dtEdges", TrainingConfig.JSON.valueToTree(grid.dtEdges()));
        p.put("scale", e.dmdtScale());
        p.put("band", e.band());
        // the pair cap of long curves (bundles without it get the preset's: only curves past it change)
        p.put("maxPairs", DmDt.defaultMaxPairs());
        p.put("sampleSeed", DmDt.defaultSeed());
        return new InputSpec(DMDT, DMDT, new int[]{1, grid.dmBins(), grid.dtBins()}, false, p, null);
    }

    /** The encoder of a standard input spec. */
    public static InputEncoder encoder(InputSpec spec) {
        return switch (spec.encoder()) {
            case SEQUENCE -> sequenceEncoder(spec);
            case DMDT -> dmdtEncoder(spec);
            default -> throw new IllegalArgumentException("no standard encoder '" + spec.encoder() + "'");
        };
    }

    private static String band(JsonNode p) {
        JsonNode b = p.get("band");
        return b == null || b.isNull() ? null : b.asText();
    }

    private static InputEncoder sequenceEncoder(InputSpec spec) {
        JsonNode p = spec.params();
        SequenceEncoder enc = new SequenceEncoder(p.get("length").asInt(), p.path("includeErrors").asBoolean(false));
        String band = band(p);
        if (enc.channelCount() != spec.channels() || enc.length() != spec.length()) {
            throw new IllegalArgumentException("sequence input: shape does not match its parameters");
        }
        return new InputEncoder() {
            @Override public InputSpec spec() { return spec; }

            @Override public void encode(Star star, float[] features, float[] mask) {
                EncodedSequence s = enc.encode(star.curve(band));
                int len = enc.length();
                for (int c = 0; c < s.channelCount(); c++) System.arraycopy(s.channels()[c], 0, features, c * len, len);
                System.arraycopy(s.mask(), 0, mask, 0, len);
            }
        };
    }

    private static InputEncoder dmdtEncoder(InputSpec spec) {
        JsonNode p = spec.params();
        DmDtGrid grid = new DmDtGrid(TrainingConfig.JSON.convertValue(p.get("dmEdges"), double[].class),
                TrainingConfig.JSON.convertValue(p.get("dtEdges"), double[].class));
        if (grid.dmBins() != spec.shape()[1] || grid.dtBins() != spec.shape()[2]) {
            throw new IllegalArgumentException("dm-dt input: shape does not match its grid");
        }
        DmDt dmdt = new DmDt(grid, p.path("maxPairs").asLong(DmDt.defaultMaxPairs()), p.path("sampleSeed").asLong(DmDt.defaultSeed()));
        DmDt.Normalisation scale = DmDt.Normalisation.valueOf(p.path("scale").asText("mahabal").toUpperCase(Locale.ROOT));
        String band = band(p);
        return new InputEncoder() {
            @Override public InputSpec spec() { return spec; }

            @Override public void encode(Star star, float[] features, float[] mask) {
                float[] img = dmdt.histogram(star.curve(band), scale);
                System.arraycopy(img, 0, features, 0, img.length);
            }
        };
    }
}
