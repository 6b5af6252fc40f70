package org.cepheus.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.cepheus.service.AtomicFiles;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A trained model as one file: a zip holding manifest.json (Jackson) and network.zip (DL4J
 * ModelSerializer: configuration JSON + binary parameters + optional Adam state). Nothing in it is
 * Java-serialized; before the network is restored its entries are checked against the few that
 * ModelSerializer writes, so a crafted file cannot smuggle in a serialized object.
 */
public final class ModelBundle {
    /** Bumped whenever the manifest or layout changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String NETWORK = "network.zip";
    private static final Set<String> NETWORK_ENTRIES =
            Set.of("configuration.json", "coefficients.bin", "updaterState.bin", "noParams.marker");

    private final Manifest manifest;
    private final ComputationGraph network;

    public ModelBundle(Manifest manifest, ComputationGraph network) {
        this.manifest = manifest;
        this.network = network;
    }

    public Manifest manifest() { return manifest; }
    public ComputationGraph network() { return network; }
    public List<String> classNames() { return manifest.classNames(); }
    public ModelKind kind() { return ModelKinds.byId(manifest.modelKind()); }

    /** The encoders that turn stars into this network's inputs, in input order; features kept in the store. */
    public List<InputEncoder> encoders(FeatureStore features) {
        ModelKind kind = kind();
        List<InputEncoder> out = new ArrayList<>();
        for (InputSpec s : manifest.inputs()) out.add(kind.encoder(s, features));
        return out;
    }

    public ModelBundle withManifest(Manifest m) { return new ModelBundle(m, network); }

    /** Writes without the optimiser state (a finished model). */
    public void save(Path file) throws IOException { save(file, false); }

    /**
     * Writes atomically: to a temporary file beside the target, then moved over it, so a crash
     * or cancel never leaves a half-written model.
     *
     * @param withUpdater keep the Adam state too (checkpoints that training resumes from)
     */
    public void save(Path file, boolean withUpdater) throws IOException {
        byte[] manifestJson = TrainingConfig.JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(manifest.stamped(java.time.Instant.now().toString()));
        ByteArrayOutputStream net = new ByteArrayOutputStream();
        ModelSerializer.writeModel(network, net, withUpdater);
        AtomicFiles.writeBytes(file, os -> {
            ZipOutputStream zip = new ZipOutputStream(os);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifestJson);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(NETWORK));
            net.writeTo(zip);
            zip.closeEntry();
            zip.finish();
        });
    }

    /** Reads the manifest only (fast: for listing models, showing history). */
    public static Manifest readManifest(Path file) throws IOException {
        return parseManifest(file, entry(file, MANIFEST));
    }

    /**
     * Loads a bundle.
     *
     * @throws InvalidBundleException when the file is not a Cepheus model, is corrupt, has another
     *                                format version, or its network does not match its manifest
     */
    public static ModelBundle load(Path file) throws IOException {
        return load(file, false);
    }

    /** @param withUpdater restore the Adam state too (to resume training) */
    public static ModelBundle load(Path file, boolean withUpdater) throws IOException {
        if (!Files.isRegularFile(file)) throw new java.nio.file.NoSuchFileException(file.toString());
        byte[] manifestBytes = entry(file, MANIFEST);
        Manifest manifest = parseManifest(file, manifestBytes);
        BundleChecks.manifest(file, manifest);
        byte[] netBytes = entry(file, NETWORK);
        checkNetworkEntries(file, netBytes);
        ComputationGraph net;
        NativeBackend.load(); // its settings (native build, layer helpers) before any layer exists
        try {
            net = ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(netBytes), withUpdater);
        } catch (Exception e) {
            throw new InvalidBundleException(file, "the network inside is corrupt" + BundleChecks.inParentheses(e), e);
        }
        BundleChecks.matches(file, manifest, net);
        FusedLstm.install(net); // the helper is chosen at restore: bundles hold DL4J's own parameters
        return new ModelBundle(manifest, net);
    }

    private static byte[] entry(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return readLimited(zip, file, name, name.equals(MANIFEST) ? BundleChecks.MAX_MANIFEST_BYTES : BundleChecks.MAX_NETWORK_BYTES);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            String why = BundleChecks.words(e);
            throw new InvalidBundleException(file, "not a Cepheus model file (not a readable zip" + (why == null ? "" : ": " + why) + ")", e);
        }
        throw new InvalidBundleException(file, "not a Cepheus model file (no " + name + " inside)");
    }

    /** Counts the bytes really inflated: a zip's declared sizes can lie. */
    private static byte[] readLimited(InputStream in, Path file, String name, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                throw new InvalidBundleException(file, name + " inflates to more than " + (limit >> 20) + " MB; refusing to load");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static Manifest parseManifest(Path file, byte[] bytes) throws IOException {
        JsonNode tree;
        try {
            tree = TrainingConfig.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidBundleException(file, "manifest.json is not valid JSON: " + e.getOriginalMessage(), e);
        }
        int version = BundleChecks.formatVersion(tree);
        if (version != FORMAT_VERSION) {
            String found = version == -1 ? "missing" : version == -2 ? "'" + tree.get("formatVersion") + "' (not a whole number)" : String.valueOf(version);
            throw new InvalidBundleException(file, "model format version " + found
                    + ", this Cepheus reads version " + FORMAT_VERSION
                    + (version > FORMAT_VERSION ? " (written by a newer Cepheus)" : "")
                    + "; retrain the model with this version");
        }
        Manifest m;
        try {
            m = TrainingConfig.JSON.treeToValue(tree, Manifest.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidBundleException(file, "manifest.json is damaged: " + damage(e), e);
        }
        try {
            ModelKinds.byId(m.modelKind());
        } catch (IllegalArgumentException e) {
            throw new InvalidBundleException(file, e.getMessage());
        }
        if (m.classNames().isEmpty() || m.inputs().isEmpty()) {
            throw new InvalidBundleException(file, "manifest.json lists no classes or no inputs");
        }
        return m;
    }

    /**
     * Jackson's mapping failures in words: which field, and what kind of value it needed (its own
     * message names Java types and a reference chain on a second line).
     */
    private static String damage(Exception e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException jm)) return BundleChecks.firstLine(e.getMessage());
        StringBuilder where = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : jm.getPath()) {
            if (r.getFieldName() != null) where.append(where.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) where.append('[').append(r.getIndex()).append(']');
        }
        String what = jm instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi
                ? "expected " + kindOf(mi.getTargetType()) : BundleChecks.firstLine(jm.getOriginalMessage());
        return where.length() == 0 ? what : "'" + where + "': " + what;
    }

    private static String kindOf(Class<?> type) {
        if (type == null) return "another kind of value";
        if (type == String.class) return "text";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "a whole number";
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) return "a number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) return "a list";
        return "an object (" + type.getSimpleName() + ")";
    }

    /** Only ModelSerializer's entries, each within the size limit, and the weights present. */
    private static void checkNetworkEntries(Path file, byte[] netBytes) throws IOException {
        boolean weights = false, any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(netBytes))) {
            ZipEntry e;
            byte[] buf = new byte[1 << 16];
            while ((e = zip.getNextEntry()) != null) {
                any = true;
                if (!NETWORK_ENTRIES.contains(e.getName())) {
                    throw new InvalidBundleException(file, "unexpected entry '" + e.getName() + "' in the network; refusing to load");
                }
                weights |= e.getName().equals("coefficients.bin");
                long total = 0;
                for (int n; (n = zip.read(buf)) > 0; ) {
                    total += n;
                    if (total > BundleChecks.MAX_NETWORK_BYTES) {
                        throw new InvalidBundleException(file, "the network's " + e.getName() + " inflates to more than "
                                + (BundleChecks.MAX_NETWORK_BYTES >> 20) + " MB; refusing to load");
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidBundleException(file, "the network inside is corrupt" + BundleChecks.inParentheses(e), e);
        }
        if (!any) throw new InvalidBundleException(file, "the network inside is empty or corrupt");
        if (!weights) throw new InvalidBundleException(file, "the network inside has no weights (no coefficients.bin)");
    }
}
