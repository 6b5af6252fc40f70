package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic reader on real OGLE and EROS rows rewritten in other layouts. */
class DelimitedReaderTest {

    private static LightCurve ogleCurve(Path file) throws IOException {
        return new OgleReader().read(file).curves().get(0);
    }

    private static void assertSamePoints(LightCurve expected, LightCurve got) {
        assertArrayEquals(expected.time(), got.time());
        assertArrayEquals(expected.mag(), got.mag());
        assertArrayEquals(expected.err(), got.err());
    }

    private static Path rewrite(Path source, Path target, String header, String sep) throws IOException {
        StringBuilder sb = new StringBuilder(header == null ? "" : header + "\n");
        for (String[] r : RealFiles.rows(source, false)) sb.append(String.join(sep, r)).append('\n');
        Files.writeString(target, sb);
        return target;
    }

    @Test
    void tabSeparatedWithGuessedHeader(@TempDir Path dir) throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        Path tsv = rewrite(ogle, dir.resolve("star.tsv"), "HJD\tImag\tsigma", "\t");
        DelimitedReader reader = new DelimitedReader(null);
        assertTrue(reader.canRead(tsv, Files.readAllBytes(tsv)));
        ReadResult r = reader.read(tsv);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals("star", r.curves().get(0).id());
        assertSamePoints(ogleCurve(ogle), r.curves().get(0));
    }

    @Test
    void givenMappingForUnguessableNames(@TempDir Path dir) throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        Path csv = rewrite(ogle, dir.resolve("odd.csv"), "a,b,c", ",");
        assertTrue(new DelimitedReader(null).read(csv).curves().isEmpty(), "names cannot be guessed");
        ReadResult r = new DelimitedReader(ColumnMapping.parse("time=a,mag=b,err=3")).read(csv);
        assertSamePoints(ogleCurve(ogle), r.curves().get(0));
        // mag only, no errors
        LightCurve noErr = new DelimitedReader(ColumnMapping.parse("time=1,mag=b")).read(csv).curves().get(0);
        assertNull(noErr.err());
    }

    @Test
    void whitespaceWithoutHeader() throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        LightCurve c = new DelimitedReader(null).read(ogle).curves().get(0);
        assertEquals("I", c.band());
        assertSamePoints(ogleCurve(ogle), c);
    }

    @Test
    void manyStarsAndBandsInOneFile(@TempDir Path dir) throws IOException {
        Path red = RealFiles.firstFile(TestData.eros().resolve("R"), ".dat");
        Path blue = TestData.eros().resolve("B").resolve(red.getFileName());
        String id = red.getFileName().toString().replace(".dat", "");
        StringBuilder sb = new StringBuilder("# EROS rows of one star in two bands\nstar,filter,mjd,mag,magerr,class\n");
        for (Path f : List.of(red, blue)) {
            String band = f.getParent().getFileName().toString();
            for (String[] r : RealFiles.rows(f, false)) sb.append(String.join(",", id, band, r[0], r[1], r[2], "RRL")).append('\n');
        }
        Path csv = Files.writeString(dir.resolve("both.csv"), sb);
        ReadResult r = new DelimitedReader(null).read(csv);
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals(2, r.curves().size());
        assertEquals("R", r.curves().get(0).band());
        assertEquals("B", r.curves().get(1).band());
        assertEquals("RRL", r.curves().get(1).label());
        assertSamePoints(ogleCurve(red), r.curves().get(0));
        assertSamePoints(ogleCurve(blue), r.curves().get(1));
    }

    @Test
    void columnMappingErrorsNameTheProblem() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse("time=MJD"));
        assertTrue(e.getMessage().contains("mag"));
    }

    @Test
    void doubledQuotesInsideAQuotedIdAreUnescaped(@TempDir Path dir) throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        StringBuilder sb = new StringBuilder("id,time,mag,err\n");
        for (String[] r : RealFiles.rows(ogle, false)) sb.append("\"star \"\"A\"\", LMC\",").append(String.join(",", r)).append('\n');
        ReadResult r = new DelimitedReader(null).read(Files.writeString(dir.resolve("quoted.csv"), sb));
        assertTrue(r.problems().isEmpty(), r.problems()::toString);
        assertEquals("star \"A\", LMC", r.curves().get(0).id());
        assertSamePoints(ogleCurve(ogle), r.curves().get(0));
    }

    @Test
    void onlyPhotometricBandNamesInAFolderNameBecomeABand(@TempDir Path dir) throws IOException {
        Path ogle = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        for (String folder : List.of("V", "g", "Ks", "lc", "my", "ab")) {
            Files.createDirectories(dir.resolve(folder));
            Files.copy(ogle, dir.resolve(folder).resolve(ogle.getFileName()));
        }
        for (String band : List.of("V", "g", "Ks")) assertEquals(band, ogleCurve(dir.resolve(band).resolve(ogle.getFileName())).band());
        for (String plain : List.of("lc", "my", "ab")) assertEquals("", ogleCurve(dir.resolve(plain).resolve(ogle.getFileName())).band(), plain);
    }
}
