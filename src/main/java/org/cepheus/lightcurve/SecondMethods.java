package org.cepheus.lightcurve;

/** Registry of the non-Lomb-Scargle methods (filled in by step 3). */
final class SecondMethods {
    private SecondMethods() { }

    static PeriodSearch byName(String n, PeriodOptions options) {
        throw new IllegalArgumentException("unknown period method '" + n + "' (known: " + String.join(", ", PeriodSearch.METHODS) + ")");
    }
}
