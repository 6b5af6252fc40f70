package org.cepheus.learn;

import java.util.List;
import java.util.stream.Collectors;

/** The registry of model kinds: the one place where a new kind is listed. */
public final class ModelKinds {
    private ModelKinds() { }

    /** The paper's 1D CNN-LSTM on the padded, masked light curve. */
    public static final ModelKind CNN_LSTM = new CnnLstmKind();
    /** Mahabal-style 2D CNN on dm-dt images (the paper's second network). */
    public static final ModelKind CNN2D = new DmDtCnnKind();
    /** Both branches merged before the dense layers (the paper's future work). */
    public static final ModelKind HYBRID = new HybridKind();

    /** Period-aware features and the folded curve: the model that beats the feature peer. */
    public static final ModelKind PERIOD_FEATURES = new PeriodFeaturesKind();

    /** Every kind, in the order shown to users. Register new kinds here. */
    public static final List<ModelKind> ALL = List.of(CNN_LSTM, CNN2D, HYBRID, PERIOD_FEATURES);

    public static List<ModelKind> all() { return ALL; }

    /** The kind with this id; a clear error listing the known ids otherwise. */
    public static ModelKind byId(String id) {
        for (ModelKind k : ALL) if (k.id().equalsIgnoreCase(id)) return k;
        throw new IllegalArgumentException("unknown model kind '" + id + "' (known: "
                + ALL.stream().map(ModelKind::id).collect(Collectors.joining(", ")) + ")");
    }
}
