package org.cepheus.catalog;

/**
 * Parses decimal numbers straight from bytes, with the same result as Double.parseDouble.
 * Plain decimals (the whole of CRTS and OGLE files) take Clinger's exact fast path: a mantissa
 * below 2^53 divided by an exactly representable power of ten is correctly rounded by IEEE
 * division. Anything else (exponents, long mantissas, NaN, Infinity) falls back to the JDK.
 */
final class FastDoubles {
    private static final double[] POW10 = new double[23];
    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private FastDoubles() { }

    /** @throws NumberFormatException when the bytes are not a number */
    static double parse(byte[] b, int from, int to) {
        int i = from;
        if (i >= to) throw new NumberFormatException("empty");
        boolean negative = false;
        if (b[i] == '-') { negative = true; i++; } else if (b[i] == '+') i++;
        long mantissa = 0;
        int significant = 0, scale = 0, digits = 0;
        boolean dot = false;
        for (; i < to; i++) {
            int c = b[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') significant++;
                mantissa = mantissa * 10 + (c - '0');
                if (dot) scale++;
                if (significant > 17) return slow(b, from, to);
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0 || mantissa > (1L << 53) || scale >= POW10.length) return slow(b, from, to);
        double v = scale == 0 ? (double) mantissa : mantissa / POW10[scale];
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int from, int to) {
        return decimal(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /**
     * A plain decimal number as tables write them. Double.parseDouble alone also takes Java
     * literals such as "17.3d" or "0x1.1p4", which are typos in a light curve, not magnitudes.
     */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(NaN|Infinity)");

    /** @throws NumberFormatException when the text is not a plain decimal number */
    static double decimal(String s) {
        if (!DECIMAL.matcher(s).matches()) throw new NumberFormatException("not a decimal number: '" + s + "'");
        return Double.parseDouble(s);
    }
}
