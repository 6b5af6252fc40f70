package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Unit tests on synthetic numbers: the fast paths must agree bit for bit with the JDK. */
class FastParsingTest {

    private static double fast(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return FastDoubles.parse(b, 0, b.length);
    }

    @Test
    void syntheticDecimalsParseLikeTheJdk() {
        Random rnd = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double v = (rnd.nextDouble() - 0.3) * Math.pow(10, rnd.nextInt(12) - 4);
            String s = i % 3 == 0 ? String.format(java.util.Locale.ROOT, "%." + rnd.nextInt(12) + "f", v) : Double.toString(v);
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(fast(s)), s);
        }
        for (String s : new String[]{"0", "-0", "+1.5", "007.250", "53710.0989193749", "0.0901399453350459",
                "1e5", "-2.5E-3", "NaN", "Infinity", "-Infinity", "12345678901234567890.5", "5."}) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(fast(s)), s);
        }
        // Java literals that Double.parseDouble alone would take: typos in a table, not numbers
        for (String bad : new String[]{"", "-", ".", "abc", "1.2.3", "nan", "1,5", "17.3d", "17.3f", "0x1.1p4", " 5", "1e"}) {
            assertThrows(NumberFormatException.class, () -> fast(bad), bad);
        }
    }

    @Test
    void syntheticIndexSortIsStableAndOrdered() {
        Random rnd = new Random(7);
        for (int n : new int[]{0, 1, 5, 24, 25, 100, 1000}) {
            double[] key = new double[n];
            for (int i = 0; i < n; i++) key[i] = rnd.nextInt(Math.max(1, n / 3)); // many ties
            Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, Comparator.comparingDouble(i -> key[i]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), IndexSort.byValue(key));
        }
    }
}
