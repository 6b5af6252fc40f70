package org.cepheus.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages real files the way disks, editors, spreadsheets and strangers do: byte and bit flips,
 * truncation, duplicated, deleted or swapped lines, numbers replaced by huge values or NaN, very
 * long lines, deleted quotes, changed delimiters and line ends, and for model bundles the same
 * inside one zip entry (the manifest, the network's configuration or its weights) or to the zip
 * itself. Every choice comes from a {@link Dice}: a seeded {@link Random} for the normal test
 * run, or Jazzer's fuzzer bytes for coverage-guided runs, so both explore the same operations.
 */
final class Mutator {
    /** Where the choices come from. */
    interface Dice {
        /** A number in [0, n), n >= 1. */
        int below(int n);

        static Dice of(Random r) { return r::nextInt; }
    }

    /** Tokens that break number parsers: overflow, NaN spellings, values past int and long. */
    static final String[] HOSTILE_NUMBERS = {"1e308", "1e309", "-1e400", "NaN", "nan", "-Infinity", "Infinity",
            "99999999999999999999999999", "-9223372036854775809", "4294967296", "2147483648", "-2147483649",
            "100000", "1e-400", "0x1p3", "1.2.3", "--5", "", "0", "-0", "40000"};

    private static final String[] TEXT_OPS = {"flip-bits", "set-byte", "truncate", "duplicate-line", "delete-line",
            "hostile-number", "long-line", "delete-quotes", "invalid-utf8", "swap-lines", "change-delimiter",
            "line-ends", "insert-nul"};

    private final Dice dice;
    private final List<String> applied = new ArrayList<>();

    Mutator(Dice dice) { this.dice = dice; }

    /** What was done, for the failure report. */
    List<String> applied() { return applied; }

    /** One to {@code maxOps} text/binary operations on a copy of {@code in}. */
    byte[] mutate(byte[] in, int maxOps) {
        byte[] b = in;
        int ops = 1 + dice.below(maxOps);
        for (int i = 0; i < ops; i++) b = once(b);
        return b;
    }

    byte[] once(byte[] b) {
        int op = dice.below(TEXT_OPS.length);
        applied.add(TEXT_OPS[op]);
        return switch (op) {
            case 0 -> flipBits(b);
            case 1 -> setByte(b);
            case 2 -> b.length == 0 ? b : java.util.Arrays.copyOf(b, dice.below(b.length));
            case 3 -> duplicateLine(b);
            case 4 -> editLines(b, (lines, i) -> lines.remove(i));
            case 5 -> hostileNumber(b);
            case 6 -> longLine(b);
            case 7 -> deleteQuotes(b);
            case 8 -> insert(b, new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
            case 9 -> editLines(b, (lines, i) -> {
                int j = dice.below(lines.size());
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            });
            case 10 -> changeDelimiter(b);
            case 11 -> lineEnds(b);
            default -> insert(b, new byte[]{0});
        };
    }

    private byte[] flipBits(byte[] b) {
        if (b.length == 0) return b;
        byte[] c = b.clone();
        int n = 1 + dice.below(8);
        for (int i = 0; i < n; i++) c[dice.below(c.length)] ^= (byte) (1 << dice.below(8));
        return c;
    }

    private byte[] setByte(byte[] b) {
        if (b.length == 0) return b;
        byte[] c = b.clone();
        c[dice.below(c.length)] = (byte) dice.below(256);
        return c;
    }

    private byte[] insert(byte[] b, byte[] what) {
        int at = dice.below(b.length + 1);
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private byte[] duplicateLine(byte[] b) {
        return editLines(b, (lines, i) -> {
            int times = 1 + dice.below(3) * 50; // once, or many times
            for (int k = 0; k < times; k++) lines.add(i, lines.get(i));
        });
    }

    /** A number in a random line (or the first digit run found after a random offset) replaced. */
    private byte[] hostileNumber(byte[] b) {
        if (b.length == 0) return b;
        int start = dice.below(b.length);
        int i = start;
        while (i < b.length && !(b[i] >= '0' && b[i] <= '9')) i++;
        if (i == b.length) return b;
        int j = i;
        while (j < b.length && ((b[j] >= '0' && b[j] <= '9') || b[j] == '.' || b[j] == 'e' || b[j] == 'E')) j++;
        if (i > 0 && b[i - 1] == '-') i--;
        byte[] token = HOSTILE_NUMBERS[dice.below(HOSTILE_NUMBERS.length)].getBytes(StandardCharsets.US_ASCII);
        return splice(b, i, j, token);
    }

    private byte[] longLine(byte[] b) {
        int len = 1000 + dice.below(4) * 100_000;
        byte[] line = new byte[len + 1];
        byte fill = (byte) "x9,\t \"".charAt(dice.below(6));
        java.util.Arrays.fill(line, fill);
        line[len] = '\n';
        return editLines(b, (lines, i) -> lines.add(i, line));
    }

    private byte[] deleteQuotes(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        boolean one = dice.below(2) == 0; // just one quote, or all of them
        int skip = one ? dice.below(Math.max(1, count(b, (byte) '"'))) : -1;
        int seen = 0;
        for (byte x : b) {
            if (x == '"' && (!one || seen++ == skip)) continue;
            out.write(x);
        }
        return out.toByteArray();
    }

    private byte[] changeDelimiter(byte[] b) {
        byte[] from = {',', '\t', ' ', ';'};
        byte f = from[dice.below(from.length)], t = from[dice.below(from.length)];
        byte[] c = b.clone();
        for (int i = 0; i < c.length; i++) if (c[i] == f) c[i] = t;
        return c;
    }

    private byte[] lineEnds(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        s = switch (dice.below(3)) {
            case 0 -> s.replace("\n", "\r\n");
            case 1 -> s.replace("\n", "\r");
            default -> s.replace("\n", "");
        };
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int count(byte[] b, byte what) {
        int n = 0;
        for (byte x : b) if (x == what) n++;
        return n;
    }

    private interface LineEdit { void apply(List<byte[]> lines, int index); }

    private byte[] editLines(byte[] b, LineEdit edit) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(b, from, i + 1));
                from = i + 1;
            }
        }
        if (from < b.length) lines.add(java.util.Arrays.copyOfRange(b, from, b.length));
        if (lines.isEmpty()) return b;
        edit.apply(lines, dice.below(lines.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
        for (byte[] l : lines) out.writeBytes(l);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] c = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, c, 0, from);
        System.arraycopy(with, 0, c, from, with.length);
        System.arraycopy(b, to, c, from + with.length, b.length - to);
        return c;
    }

    // ---- model bundles: zips holding manifest.json and a nested ModelSerializer zip ----

    private static final String[] ZIP_OPS = {"outer-bytes", "manifest", "manifest-number", "network-config",
            "network-weights", "drop-entry", "duplicate-entry", "rename-entry", "truncate-zip", "manifest-json",
            "network-config-json"};

    /** One operation on a bundle: the zip's bytes, one entry's content, or its entry list. */
    byte[] mutateBundle(byte[] zip) throws IOException {
        int op = dice.below(ZIP_OPS.length);
        applied.add(ZIP_OPS[op]);
        switch (op) {
            case 0: return flipBits(zip);
            case 8: return java.util.Arrays.copyOf(zip, dice.below(zip.length));
            default: break;
        }
        Map<String, byte[]> outer = entries(zip);
        switch (op) {
            case 1 -> outer.computeIfPresent("manifest.json", (k, v) -> mutate(v, 3));
            case 2 -> outer.computeIfPresent("manifest.json", (k, v) -> {
                byte[] c = v;
                for (int i = 0, n = 1 + dice.below(3); i < n; i++) c = hostileNumber(c);
                return c;
            });
            case 9 -> outer.computeIfPresent("manifest.json", (k, v) -> jsonEdit(v));
            case 3, 4, 10 -> {
                byte[] net = outer.get("network.zip") != null ? outer.get("network.zip") : firstOther(outer);
                String netName = nameOf(outer, net);
                if (net == null) break;
                Map<String, byte[]> inner = entries(net);
                String target = op == 3 ? "configuration.json" : "coefficients.bin";
                byte[] v = inner.get(target);
                if (v != null) inner.put(target, op == 3 ? mutate(v, 2) : op == 10 ? jsonEdit(v) : flipBits(v));
                outer.put(netName, zip(inner));
            }
            case 5 -> {
                List<String> names = new ArrayList<>(outer.keySet());
                if (!names.isEmpty()) outer.remove(names.get(dice.below(names.size())));
            }
            case 6 -> {
                List<String> names = new ArrayList<>(outer.keySet());
                if (!names.isEmpty()) return zipWithDuplicate(outer, names.get(dice.below(names.size())));
            }
            default -> {
                List<String> names = new ArrayList<>(outer.keySet());
                if (!names.isEmpty()) {
                    String n = names.get(dice.below(names.size()));
                    byte[] v = outer.remove(n);
                    outer.put(n.toUpperCase(java.util.Locale.ROOT) + "x", v);
                }
            }
        }
        return zip(outer);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String[] JSON_EDITS = {"hostile-number", "null", "remove", "duplicate-element", "empty", "text", "wrap"};

    /**
     * One structure-aware edit of a JSON document: a random field or element (at any depth) gets a
     * hostile number, null, is removed, duplicated, emptied, turned into text or wrapped in an array.
     */
    byte[] jsonEdit(byte[] json) {
        com.fasterxml.jackson.databind.JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return flipBits(json);
        }
        List<Object[]> slots = new ArrayList<>(); // {parent container, field name or index}
        collect(root, slots);
        if (slots.isEmpty()) return json;
        Object[] slot = slots.get(dice.below(slots.size()));
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        int edit = dice.below(JSON_EDITS.length);
        applied.add("json-" + JSON_EDITS[edit] + "@" + slot[1]);
        com.fasterxml.jackson.databind.JsonNode old = slot[0] instanceof com.fasterxml.jackson.databind.node.ObjectNode o
                ? o.get((String) slot[1]) : ((com.fasterxml.jackson.databind.node.ArrayNode) slot[0]).get((Integer) slot[1]);
        com.fasterxml.jackson.databind.JsonNode now = switch (edit) {
            case 0 -> {
                String h = HOSTILE_NUMBERS[dice.below(HOSTILE_NUMBERS.length)];
                try {
                    yield JSON.readTree(h.isEmpty() ? "0" : h);
                } catch (IOException e) {
                    yield f.textNode(h);
                }
            }
            case 1 -> f.nullNode();
            case 2 -> null;
            case 3 -> old.isArray() && old.size() > 0 ? ((com.fasterxml.jackson.databind.node.ArrayNode) old.deepCopy()).add(old.get(0)) : old;
            case 4 -> old.isArray() ? f.arrayNode() : old.isObject() ? f.objectNode() : f.textNode("");
            case 5 -> f.textNode(old.asText() + "x");
            default -> f.arrayNode().add(old);
        };
        if (slot[0] instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            if (now == null) o.remove((String) slot[1]);
            else o.set((String) slot[1], now);
        } else {
            var a = (com.fasterxml.jackson.databind.node.ArrayNode) slot[0];
            if (now == null) a.remove((Integer) slot[1]);
            else a.set((Integer) slot[1], now);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, List<Object[]> slots) {
        if (node.isObject()) {
            for (java.util.Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                slots.add(new Object[]{node, k});
                collect(node.get(k), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Object[]{node, i});
                collect(node.get(i), slots);
            }
        }
    }

    private static byte[] firstOther(Map<String, byte[]> outer) {
        for (Map.Entry<String, byte[]> e : outer.entrySet()) if (!e.getKey().equals("manifest.json")) return e.getValue();
        return null;
    }

    private static String nameOf(Map<String, byte[]> m, byte[] v) {
        for (Map.Entry<String, byte[]> e : m.entrySet()) if (e.getValue() == v) return e.getKey();
        return null;
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), readAll(in));
        }
        return out;
    }

    private static byte[] readAll(InputStream in) throws IOException { return in.readAllBytes(); }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bos)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bos.toByteArray();
    }

    /** ZipOutputStream refuses duplicate names: the second copy is written under a placeholder then renamed in place. */
    private static byte[] zipWithDuplicate(Map<String, byte[]> entries, String dup) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        String placeholder = dup.length() > 0 ? "#".repeat(dup.length()) : "#";
        m.put(placeholder, entries.get(dup));
        m.putAll(entries);
        byte[] z = zip(m);
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8), to = dup.getBytes(StandardCharsets.UTF_8);
        if (from.length != to.length) return z;
        for (int i = 0; i + from.length <= z.length; i++) {
            if (java.util.Arrays.equals(z, i, i + from.length, from, 0, from.length)) System.arraycopy(to, 0, z, i, to.length);
        }
        return z;
    }
}
