package org.cepheus.lightcurve;

/** The non-Lomb-Scargle methods, by name. */
final class SecondMethods {
    private SecondMethods() { }

    static PeriodSearch byName(String n, PeriodOptions options) {
        return switch (n) {
            case "ce", "conditional-entropy" -> new ConditionalEntropy(options);
            case "aov", "mhaov" -> new MultiHarmonicAov(options);
            default -> throw new IllegalArgumentException("unknown period method '" + n + "' (known: "
                    + String.join(", ", PeriodSearch.METHODS) + ")");
        };
    }
}
