package org.cepheus.learn;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.cepheus.catalog.LightCurve;
import org.cepheus.lightcurve.DmDt;
import org.cepheus.lightcurve.DmDtGrid;
import org.junit.jupiter.api.Test;

/** The dm-dt input of the cnn2d and hybrid kinds records its pair cap; bundles without one get the preset's. */
class DmDtInputCapTest {

    /** 4,000 points (8e6 pairs, past the 2^22 cap): a synthetic ramp with a 3.1 d sine. */
    static Star longStar() {
        int n = 4_000;
        double[] t = new double[n], m = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.37;
            m[i] = 15 + 0.5 * Math.sin(2 * Math.PI * t[i] / 3.1) + 1e-4 * i;
        }
        return new Star("synthetic-long", "CEP", List.of(new LightCurve("synthetic-long", "V", t, m, null)));
    }

    @Test
    void newSpecsRecordTheCapAndOldOnesGetTheDefault() {
        Star star = longStar();
        InputSpec spec = StandardInputs.dmdt(TrainingConfig.preset("cnn2d"), List.of(star));
        assertEquals(DmDt.defaultMaxPairs(), spec.params().get("maxPairs").asLong());
        assertEquals(DmDt.defaultSeed(), spec.params().get("sampleSeed").asLong());
        float[] now = encode(spec, star);

        ObjectNode old = spec.params().deepCopy();
        old.remove("maxPairs");
        old.remove("sampleSeed");
        InputSpec oldSpec = new InputSpec(spec.name(), spec.encoder(), spec.shape(), spec.masked(), old, null);
        assertArrayEquals(now, encode(oldSpec, star), "a bundle without the cap: the preset's");

        DmDt preset = new DmDt(DmDtGrid.mahabal());
        assertTrue(preset.samples(star.curves().get(0).size()), "the test curve is past the cap");
        assertArrayEquals(preset.histogram(star.curves().get(0), DmDt.Normalisation.valueOf(
                spec.params().get("scale").asText().toUpperCase(java.util.Locale.ROOT))), now);

        // on the raw scale (the 0-255 one can round both to the same image)
        ObjectNode raw = spec.params().deepCopy();
        raw.put("scale", "raw");
        ObjectNode uncapped = raw.deepCopy();
        uncapped.put("maxPairs", 0);
        float[] capped = encode(new InputSpec(spec.name(), spec.encoder(), spec.shape(), spec.masked(), raw, null), star);
        float[] all = encode(new InputSpec(spec.name(), spec.encoder(), spec.shape(), spec.masked(), uncapped, null), star);
        assertFalse(java.util.Arrays.equals(all, capped), "the recorded cap is the one used");
    }

    private static float[] encode(InputSpec spec, Star star) {
        float[] f = new float[spec.shape()[1] * spec.shape()[2]];
        StandardInputs.encoder(spec).encode(star, f, null);
        return f;
    }
}
