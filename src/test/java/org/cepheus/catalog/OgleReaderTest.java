package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;

class OgleReaderTest {
    private final OgleReader reader = new OgleReader();

    private static void checkAgainstText(LightCurve c, Path file) throws IOException {
        List<String[]> rows = new java.util.ArrayList<>(RealFiles.rows(file, false));
        rows.sort(Comparator.comparingDouble(r -> Double.parseDouble(r[0])));
        assertEquals(rows.size(), c.size());
        String[] first = rows.get(0), last = rows.get(rows.size() - 1);
        assertEquals(Double.parseDouble(first[0]), c.time()[0]);
        assertEquals(Double.parseDouble(first[1]), c.mag()[0]);
        assertEquals(Double.parseDouble(first[2]), c.err()[0]);
        assertEquals(Double.parseDouble(last[0]), c.time()[c.size() - 1]);
        assertEquals(Double.parseDouble(last[1]), c.mag()[c.size() - 1]);
        assertEquals(Double.parseDouble(last[2]), c.err()[c.size() - 1]);
    }

    @Test
    void ogleIBandFile() throws IOException {
        Path file = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        assertTrue(reader.canRead(file, Files.readAllBytes(file)));
        ReadResult r = reader.read(file);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        LightCurve c = r.curves().get(0);
        assertEquals(file.getFileName().toString().replace(".dat", ""), c.id());
        assertEquals("I", c.band());
        checkAgainstText(c, file);
    }

    @Test
    void erosFilesInBothBands() throws IOException {
        Path r = RealFiles.firstFile(TestData.eros().resolve("R"), ".dat");
        Path b = TestData.eros().resolve("B").resolve(r.getFileName());
        LightCurve red = reader.read(r).curves().get(0), blue = reader.read(b).curves().get(0);
        assertEquals(red.id(), blue.id());
        assertEquals("R", red.band());
        assertEquals("B", blue.band());
        checkAgainstText(red, r);
        checkAgainstText(blue, b);
    }

    @Test
    void ogleSideTablesAreNotLightCurves() throws IOException {
        ReaderRegistry registry = ReaderRegistry.standard(null);
        for (String name : List.of("ident.dat", "cepFO4.dat")) {
            byte[] head = Files.readAllBytes(TestData.ogle().resolve(name));
            assertTrue(registry.detect(TestData.ogle().resolve(name), head).isEmpty(), name);
        }
        assertTrue(OgleTables.isIdent(Files.readAllBytes(TestData.ogle().resolve("ident.dat"))));
        assertTrue(OgleTables.isParameters(Files.readAllBytes(TestData.ogle().resolve("cepFO4.dat"))));
    }
}
