package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrtsReaderTest {
    private final CrtsReader reader = new CrtsReader();

    /** Rows of a short-layout CRTS file (ID,MJD,mag,magerr,RA,Dec) sorted by MJD, parsed the slow way. */
    private static List<String[]> sortedRows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>(RealFiles.rows(file, true).subList(1, RealFiles.rows(file, true).size()));
        rows.sort(Comparator.comparingDouble(r -> Double.parseDouble(r[1])));
        return rows;
    }

    @Test
    void shortLayoutRealFile() throws IOException {
        Path file = RealFiles.firstFile(TestData.crts().resolve("lc"), ".csv");
        List<String[]> rows = sortedRows(file);
        ReadResult r = reader.read(file);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals(1, r.curves().size());
        LightCurve c = r.curves().get(0);
        assertEquals(rows.get(0)[0], c.id());
        assertEquals(rows.size(), c.size());
        String[] first = rows.get(0), last = rows.get(rows.size() - 1);
        assertEquals(Double.parseDouble(first[1]), c.time()[0]);
        assertEquals(Double.parseDouble(first[2]), c.mag()[0]);
        assertEquals(Double.parseDouble(first[3]), c.err()[0]);
        assertEquals(Double.parseDouble(last[1]), c.time()[c.size() - 1]);
        assertEquals(Double.parseDouble(last[2]), c.mag()[c.size() - 1]);
        // position: the first row of the file, as the survey gives one per observation
        assertEquals(Double.parseDouble(RealFiles.rows(file, true).get(1)[4]), c.metadata().ra(), 1e-9);
        assertEquals("crts", ReaderRegistry.standard(null).detect(file, Files.readAllBytes(file)).orElseThrow().name());
    }

    @Test
    void surveyLayoutWithManyStarsPerFile(@TempDir Path dir) throws IOException {
        List<Path> files;
        try (var s = Files.list(TestData.crts().resolve("lc"))) {
            files = s.sorted().limit(2).toList();
        }
        // the survey export: MasterID,Mag,Magerr,RA,Dec,MJD,Blend, both stars in one file
        StringBuilder sb = new StringBuilder("MasterID,Mag,Magerr,RA,Dec,MJD,Blend\n");
        for (Path f : files) {
            for (String[] r : RealFiles.rows(f, true).subList(1, RealFiles.rows(f, true).size())) {
                sb.append(String.join(",", r[0], r[2], r[3], r[4], r[5], r[1], "0")).append('\n');
            }
        }
        Path survey = dir.resolve("survey.csv");
        Files.writeString(survey, sb);
        assertTrue(reader.canRead(survey, Files.readAllBytes(survey)));
        ReadResult r = reader.read(survey);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals(2, r.curves().size());
        for (int i = 0; i < 2; i++) {
            LightCurve expected = reader.read(files.get(i)).curves().get(0);
            LightCurve got = r.curves().get(i);
            assertEquals(expected.id(), got.id());
            assertArrayEquals(expected.time(), got.time());
            assertArrayEquals(expected.mag(), got.mag());
            assertArrayEquals(expected.err(), got.err());
        }
    }
}
