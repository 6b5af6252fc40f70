package org.cepheus.ui.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.cepheus.learn.TrainingConfig;
import org.cepheus.ui.ErrorReporter;
import org.controlsfx.control.PropertySheet;

/**
 * A ControlsFX PropertySheet over a training preset: every field of {@link TrainingConfig}
 * (and the kind's architecture block) is editable; an edit rebuilds the immutable config through
 * its own validation, and a rejected value is reported and left unchanged.
 */
final class PresetSheet {
    private static final ObjectMapper JSON = new ObjectMapper();
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
    TrainingConfig config() { return config; }

    void setConfig(TrainingConfig c) {
        this.config = c;
        sheet.getItems().setAll(items());
    }

    private List<PropertySheet.Item> items() {
        List<PropertySheet.Item> items = new ArrayList<>();
        String t = "1 Training";
        items.add(item(t, "epochs", "Maximum number of epochs", Integer.class, () -> config.epochs(),
                v -> config.withEpochs((Integer) v)));
        items.add(item(t, "batch size", "Minibatch size", Integer.class, () -> config.batchSize(),
                v -> config.withBatchSize((Integer) v)));
        items.add(item(t, "learning rate", "Adam learning rate (paper: 2e-4)", Double.class,
                () -> config.learningRate(), v -> config.withLearningRate((Double) v)));
        items.add(item(t, "patience", "Epochs without improvement before early stopping", Integer.class,
                () -> config.patience(), v -> config.withPatience((Integer) v)));
        items.add(item(t, "seed", "Seeds the split, shuffling and initialisation", Long.class,
                () -> config.seed(), v -> config.withSeed((Long) v)));
        items.add(item(t, "early stopping", "Validation metric that keeps the best checkpoint",
                TrainingConfig.EarlyStopping.class, () -> config.earlyStopping(),
                v -> copy(config, (TrainingConfig.EarlyStopping) v, config.classWeights())));
        items.add(item(t, "class weights", "Weight the loss by inverse class frequency", Boolean.class,
                () -> config.classWeights(), v -> copy(config, config.earlyStopping(), (Boolean) v)));
        String e = "2 Encoding";
        items.add(item(e, "sequence length", "0 = the peak of the training lengths (paper's rule)", Integer.class,
                () -> config.encoding().sequenceLength(), v -> config.withEncoding(new TrainingConfig.Encoding(
                        (Integer) v, config.encoding().maxSequenceLength(), config.encoding().minPoints(), config.encoding().dmdtGrid(), config.encoding().band()))));
        items.add(item(e, "max sequence length", "Upper bound on the sequence length", Integer.class,
                () -> config.encoding().maxSequenceLength(), v -> config.withEncoding(new TrainingConfig.Encoding(
                        config.encoding().sequenceLength(), (Integer) v, config.encoding().minPoints(), config.encoding().dmdtGrid(), config.encoding().band()))));
        items.add(item(e, "min points", "Curves with fewer points are left out and flagged", Integer.class,
                () -> config.encoding().minPoints(), v -> config.withEncoding(new TrainingConfig.Encoding(
                        config.encoding().sequenceLength(), config.encoding().maxSequenceLength(), (Integer) v, config.encoding().dmdtGrid(), config.encoding().band()))));
        items.add(item(e, "dm-dt grid", "mahabal (fixed 22x24) or fd (Freedman-Diaconis from the catalog)",
                String.class, () -> config.encoding().dmdtGrid(), v -> config.withEncoding(new TrainingConfig.Encoding(
                        config.encoding().sequenceLength(), config.encoding().maxSequenceLength(), config.encoding().minPoints(), (String) v, config.encoding().band()))));
        if (config.architecture() instanceof ObjectNode) {
            Iterator<Map.Entry<String, JsonNode>> fields = config.architecture().fields();
            while (fields.hasNext()) items.add(architectureItem(fields.next().getKey()));
        }
        return items;
    }

    private static TrainingConfig copy(TrainingConfig c, TrainingConfig.EarlyStopping stop, boolean weights) {
        return new TrainingConfig(c.model(), c.learningRate(), c.batchSize(), c.epochs(), c.seed(), c.patience(),
                c.split(), stop, weights, c.encoding(), c.flags(), c.architecture());
    }

    /** An architecture field, edited as its JSON text (numbers, or lists like [32, 64]). */
    private PropertySheet.Item architectureItem(String key) {
        return item("3 Architecture (" + config.model() + ")", key, "Layer setting of the " + config.model() + " network",
                String.class, () -> config.architecture().get(key).toString(), v -> {
                    try {
                        ObjectNode a = ((ObjectNode) config.architecture()).deepCopy();
                        a.set(key, JSON.readTree((String) v));
                        return config.withArchitecture(a);
                    } catch (java.io.IOException ex) {
                        throw new IllegalArgumentException(key + ": not a number or list: " + v);
                    }
                });
    }

    private PropertySheet.Item item(String category, String name, String description, Class<?> type,
                                    Supplier<Object> getter, Function<Object, TrainingConfig> setter) {
        return new PropertySheet.Item() {
            @Override public Class<?> getType() { return type; }
            @Override public String getCategory() { return category; }
            @Override public String getName() { return name; }
            @Override public String getDescription() { return description; }
            @Override public Object getValue() { return getter.get(); }

            @Override
            public void setValue(Object value) {
                if (value == null || value.equals(getter.get())) return;
                try {
                    config = setter.apply(value);
                } catch (IllegalArgumentException ex) {
                    errors.show("Invalid setting", ex.getMessage());
                }
            }

            @Override public Optional<ObservableValue<?>> getObservableValue() { return Optional.empty(); }
        };
    }
}
