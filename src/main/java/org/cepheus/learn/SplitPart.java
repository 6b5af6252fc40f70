package org.cepheus.learn;

/** Which stars of a catalog an evaluation uses. */
public enum SplitPart {
    TRAIN, VALIDATION,
    /** The bundle's own held-back stars (those of the catalog that the split saved as test). */
    TEST,
    /** Every labelled curve of a class the model knows. */
    ALL;

    /** Parses "train", "validation"/"val", "test", "all" (case-insensitive). */
    public static SplitPart parse(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "train" -> TRAIN;
            case "validation", "val" -> VALIDATION;
            case "test" -> TEST;
            case "all" -> ALL;
            default -> throw new IllegalArgumentException("unknown split '" + s + "' (use test, all, train or validation)");
        };
    }
}
