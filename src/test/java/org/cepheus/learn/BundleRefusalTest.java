package org.cepheus.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real trained bundle (cnn2d on real CRTS stars) edited the ways a hand or a stranger edits one:
 * each edit is refused, saying in words what is wrong, instead of loading and predicting nonsense.
 */
class BundleRefusalTest {
    @TempDir Path dir;

    private String refusal(Path f) {
        return assertThrows(InvalidBundleException.class, () -> ModelBundle.load(f)).getMessage();
    }

    private Path editManifest(String name, Consumer<ObjectNode> edit) throws IOException {
        return rewrite(name, (entry, bytes) -> {
            if (!entry.equals(ModelBundle.MANIFEST)) return bytes;
            ObjectNode m = (ObjectNode) TrainingConfig.JSON.readTree(bytes);
            edit.accept(m);
            return TrainingConfig.JSON.writeValueAsBytes(m);
        });
    }

    private static ObjectNode input0(ObjectNode m) { return (ObjectNode) m.get("inputs").get(0); }

    @Test
    void theUneditedBundleLoads() throws IOException {
        Path same = editManifest("same.zip", m -> { });
        assertEquals(3, ModelBundle.load(same).classNames().size());
    }

    @Test
    void formatVersionMustBeTheExactWholeNumber() throws IOException {
        String s = refusal(editManifest("string.zip", m -> m.put("formatVersion", "1")));
        assertTrue(s.contains("'\"1\"' (not a whole number)"), s);
        String f = refusal(editManifest("float.zip", m -> m.put("formatVersion", 1.9)));
        assertTrue(f.contains("'1.9' (not a whole number)"), f);
    }

    @Test
    void duplicateOrEmptyClassNamesAreRefused() throws IOException {
        String d = refusal(editManifest("dup.zip", m -> m.putArray("classNames").add("EW").add("EW").add("RRab")));
        assertTrue(d.contains("lists class 'EW' twice"), d);
        String e = refusal(editManifest("empty.zip", m -> m.putArray("classNames").add("EW").add(" ").add("RRab")));
        assertTrue(e.contains("empty class name"), e);
    }

    @Test
    void missingOrDegenerateNormalisationIsRefused() throws IOException {
        String none = refusal(editManifest("nonorm.zip", m -> input0(m).putNull("normalisation")));
        assertTrue(none.contains("input 'dmdt' has no normalisation"), none);
        String zero = refusal(editManifest("zerostd.zip", m -> {
            ArrayNode std = (ArrayNode) input0(m).get("normalisation").get("std");
            std.set(0, TrainingConfig.JSON.getNodeFactory().numberNode(0f));
        }));
        assertTrue(zero.contains("normalisation of channel 0") && zero.contains("scale 0.0"), zero);
        String nan = refusal(editManifest("nanmean.zip", m -> {
            ArrayNode mean = (ArrayNode) input0(m).get("normalisation").get("mean");
            mean.set(0, TrainingConfig.JSON.getNodeFactory().textNode("NaN"));
        }));
        assertTrue(nan.contains("needs finite values"), nan);
    }

    @Test
    void aShapeTheNetworkWasNotBuiltForIsRefused() throws IOException {
        // the Mahabal grid is 22 x 24; claim 22 x 20 in both the shape and the grid edges
        String s = refusal(editManifest("shape.zip", m -> {
            ArrayNode shape = (ArrayNode) input0(m).get("shape");
            shape.set(2, TrainingConfig.JSON.getNodeFactory().numberNode(20));
            ArrayNode dt = (ArrayNode) input0(m).get("params").get("dtEdges");
            while (dt.size() > 21) dt.remove(dt.size() - 1);
        }));
        assertTrue(s.contains("does not accept the manifest's input shapes") && s.contains("[1, 22, 20]"), s);
        // shape edited but not the grid: the encoder sees the mismatch
        String p = refusal(editManifest("params.zip", m -> ((ArrayNode) input0(m).get("shape"))
                .set(1, TrainingConfig.JSON.getNodeFactory().numberNode(21))));
        assertTrue(p.contains("manifest.json: dm-dt input: shape does not match its grid"), p);
    }

    @Test
    void aNetworkWithoutWeightsIsRefused() throws IOException {
        Path f = rewrite("noweights.zip", (entry, bytes) -> entry.equals(ModelBundle.NETWORK)
                ? rezip(bytes, name -> !name.equals("coefficients.bin"), null) : bytes);
        String s = refusal(f);
        assertTrue(s.contains("no weights"), s);
    }

    @Test
    void entriesThatInflateBeyondTheLimitsAreRefusedOnTheirRealSize() throws IOException {
        // a manifest padded past the limit with spaces compresses to a few hundred KB
        Path bomb = rewrite("manifestbomb.zip", (entry, bytes) -> {
            if (!entry.equals(ModelBundle.MANIFEST)) return bytes;
            byte[] big = new byte[(int) BundleChecks.MAX_MANIFEST_BYTES + 1024];
            java.util.Arrays.fill(big, (byte) ' ');
            System.arraycopy(bytes, 0, big, 0, bytes.length);
            return big;
        });
        assertTrue(Files.size(bomb) < Files.size(LearnFixtures.trainedCnn2d()) + 1_000_000, "the bomb itself is small");
        String s = refusal(bomb);
        assertTrue(s.contains("manifest.json inflates to more than " + (BundleChecks.MAX_MANIFEST_BYTES >> 20) + " MB"), s);
        // weights padded past 256 MB inside network.zip
        Path weights = rewrite("weightbomb.zip", (entry, bytes) -> entry.equals(ModelBundle.NETWORK)
                ? rezip(bytes, name -> true, "coefficients.bin") : bytes);
        String w = refusal(weights);
        assertTrue(w.contains("coefficients.bin inflates to more than 256 MB"), w);
    }

    /** Copies a zip, keeping entries that pass {@code keep}; the entry named {@code pad} gets 257 MB of zeros appended. */
    private static byte[] rezip(byte[] zip, java.util.function.Predicate<String> keep, String pad) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!keep.test(e.getName())) continue;
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                if (e.getName().equals(pad)) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 257; i++) z.write(zeros);
                }
            }
        }
        return out.toByteArray();
    }

    private Path rewrite(String name, LearnFixtures.EntryRewriter f) throws IOException {
        return LearnFixtures.rewriteTrained(dir.resolve(name), f);
    }
}
