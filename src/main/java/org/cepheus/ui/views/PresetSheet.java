package org.cepheus.ui.views;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.ui.ErrorReporter;
import org.controlsfx.control.PropertySheet;

/**
 * A ControlsFX PropertySheet over a training preset. The items are read from the preset's own
 * JSON (so every field the learning core adds appears without changes here); an edit rewrites
 * that JSON and reads the config back through the core's validation, and a rejected value is
 * reported and left unchanged. Lists (layer sizes) are edited as JSON text, e.g. [32, 64].
 */
final class PresetSheet {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private static final String GENERAL = "training";
    /** Categories in this order (PropertySheet sorts them by name); unknown ones come last. */
    private static final List<String> ORDER = List.of(GENERAL, "encoding", "split", "flags", "architecture");
    private final PropertySheet sheet = new PropertySheet();
    private final ErrorReporter errors;
    private TrainingConfig config;

    PresetSheet(ErrorReporter errors) {
        this.errors = errors;
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setId("presetSheet");
    }

    PropertySheet node() { return sheet; }

    /**
     * Commits the value being typed in an editor. The sheet's editors commit when they lose focus,
     * and Enter fires the default button (Start) before that: move the focus out first.
     */
    void commitPendingEdit() {
        javafx.scene.Scene scene = sheet.getScene();
        if (scene == null) return;
        for (javafx.scene.Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == sheet) {
                sheet.requestFocus();
                return;
            }
        }
    }
    TrainingConfig config() { return config; }

    void setConfig(TrainingConfig c) {
        this.config = c;
        List<PropertySheet.Item> items = new ArrayList<>();
        ObjectNode tree = tree();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isObject()) {
                for (Iterator<String> sub = field.getValue().fieldNames(); sub.hasNext(); ) {
                    items.add(new Item(field.getKey(), sub.next()));
                }
            } else {
                items.add(new Item(null, field.getKey()));
            }
        }
        sheet.getItems().setAll(items);
    }

    private ObjectNode tree() {
        try {
            return (ObjectNode) JSON.readTree(config.toJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("preset not representable as JSON", e);
        }
    }

    /** One preset field: top level (group null) or inside an object such as "encoding". */
    private final class Item implements PropertySheet.Item {
        private final String group;
        private final String name;
        private final Class<?> type;

        Item(String group, String name) {
            this.group = group;
            this.name = name;
            JsonNode v = node(tree());
            type = v.isBoolean() ? Boolean.class : v.isIntegralNumber() ? Integer.class
                    : v.isNumber() ? Double.class : String.class;
        }

        private JsonNode node(ObjectNode root) {
            JsonNode parent = group == null ? root : root.get(group);
            JsonNode v = parent == null ? null : parent.get(name);
            return v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v;
        }

        @Override public Class<?> getType() { return type; }
        @Override
        public String getCategory() {
            String g = group == null ? GENERAL : group;
            int i = ORDER.indexOf(g);
            return (i < 0 ? ORDER.size() + 1 : i + 1) + " · " + g;
        }
        @Override public String getName() { return name; }
        @Override public String getDescription() { return describe((group == null ? "" : group + ".") + name); }
        @Override public boolean isEditable() { return !(group == null && name.equals("model")); }

        @Override
        public Object getValue() {
            JsonNode v = node(tree());
            if (type == Boolean.class) return v.asBoolean();
            if (type == Integer.class) return v.asInt();
            if (type == Double.class) return v.asDouble();
            return v.isTextual() ? v.asText() : v.isNull() ? "" : v.toString();
        }

        @Override
        public void setValue(Object value) {
            if (value == null || value.equals(getValue())) return;
            ObjectNode root = tree();
            ObjectNode parent = group == null ? root : (ObjectNode) root.get(group);
            try {
                if (value instanceof Boolean) parent.put(name, (Boolean) value);
                else if (value instanceof Integer) parent.put(name, (Integer) value);
                else if (value instanceof Double) parent.put(name, (Double) value);
                else parent.set(name, textValue((String) value, node(root)));
                config = JSON.treeToValue(root, TrainingConfig.class);
            } catch (java.io.IOException | IllegalArgumentException e) {
                errors.show("Invalid setting " + name, rootMessage(e));
            }
        }

        /** A list or object (e.g. flags.novelty) typed as text is parsed as JSON; anything else stays a string. */
        private JsonNode textValue(String text, JsonNode before) throws java.io.IOException {
            String t = text.trim();
            if (before.isArray() || before.isObject() || t.startsWith("[") || t.startsWith("{")) return JSON.readTree(t);
            if (t.isEmpty() && before.isNull()) return com.fasterxml.jackson.databind.node.NullNode.getInstance();
            return JSON.getNodeFactory().textNode(t);
        }

        @Override public Optional<ObservableValue<?>> getObservableValue() { return Optional.empty(); }
    }

    /** What each preset field does, with its unit and range (resources/presets/descriptions.json). */
    private static final JsonNode DESCRIPTIONS = readDescriptions();

    private static JsonNode readDescriptions() {
        try (var in = PresetSheet.class.getResourceAsStream("/presets/descriptions.json")) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    static String describe(String key) {
        JsonNode d = DESCRIPTIONS.get(key);
        return d != null ? d.asText() : key + " (no description yet)";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ");
    }
}
