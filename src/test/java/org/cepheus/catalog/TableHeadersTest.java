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
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Observers' own tables: real EROS-1 rows (R band of 135_9613, 124 points) written with each
 * delimiter and header style; the time scale comes from the time column's name only.
 */
class TableHeadersTest {
    private static final Path REAL = TestData.eros().resolve("R").resolve("135_9613.dat");

    private static LightCurve real() throws IOException {
        return new OgleReader().read(REAL).curves().get(0);
    }

    /** The real rows under {@code preamble} (comments and/or header), fields joined by {@code sep}, an id column if asked. */
    private static Path table(Path dir, String name, String preamble, String sep, String id) throws IOException {
        StringBuilder sb = new StringBuilder(preamble);
        for (String[] r : RealFiles.rows(REAL, false)) {
            sb.append(String.join(sep, r));
            if (id != null) sb.append(sep).append(id);
            sb.append('\n');
        }
        // a sub-folder named "tables" so no band comes from the folder name
        Files.createDirectories(dir.resolve("tables"));
        return Files.writeString(dir.resolve("tables").resolve(name), sb);
    }

    private static Catalog load(Path file) throws IOException {
        return CatalogLoader.load(file, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
    }

    private static void assertRealPoints(LightCurve got) throws IOException {
        LightCurve real = real();
        assertArrayEquals(real.time(), got.time());
        assertArrayEquals(real.mag(), got.mag());
        assertArrayEquals(real.err(), got.err(), "the error column is kept");
    }

    @Test
    void everyDelimiterWithCommentsBeforeTheHeader(@TempDir Path dir) throws IOException {
        String comments = "# my photometry of 135_9613\n#  reduced with a pipeline; comma, semicolon\n\n";
        String[][] cases = {{",", "a.csv"}, {";", "b.csv"}, {"\t", "c.tsv"}, {" ", "d.txt"}, {"   ", "e.txt"}};
        for (String[] c : cases) {
            String sep = c[0];
            Path f = table(dir, c[1], comments + String.join(sep, "BJD_TDB", "Vmag", "e_Vmag", "Object") + "\n", sep, "star1");
            Catalog cat = load(f);
            assertEquals(List.of(), cat.problems(), c[1]);
            LightCurve lc = cat.curves().get(0);
            assertEquals("star1", lc.id(), "Object is the id");
            assertEquals("V", lc.band(), "Vmag names the band");
            assertEquals("BJD_TDB", lc.metadata().timeScale());
            assertRealPoints(lc);
        }
    }

    @Test
    void jdVmagEVmagKeepsTheErrorsAndSaysJd(@TempDir Path dir) throws IOException {
        LightCurve lc = load(table(dir, "mine.csv", "JD,Vmag,e_Vmag\n", ",", null)).curves().get(0);
        assertRealPoints(lc);
        assertEquals("JD", lc.metadata().timeScale());
        assertEquals("mine", lc.id(), "no id column: the file name");
    }

    @Test
    void headerSynonymsAndTheTimeScaleTheyName(@TempDir Path dir) throws IOException {
        String[][] cases = {
                {"JD,mag,err", "JD"}, {"HJD,magnitude,magerr", "HJD"}, {"BJD,Imag,e_mag", "BJD"},
                {"MJD,rmag,sigma", "MJD"}, {"HJD-2450000,mag,uncertainty", "HJD-2450000"},
                {"time,mag,error", null}, {"t,Vmag,Vmag_err", null}, {"date(jd),Ks_mag,e_Ks_mag", "JD"},
                {"hjd - 2400000,Rmag,e_Rmag", "HJD-2400000"}};
        int n = 0;
        for (String[] c : cases) {
            LightCurve lc = load(table(dir, "s" + n++ + ".csv", c[0] + "\n", ",", null)).curves().get(0);
            assertEquals(c[1], lc.metadata().timeScale(), c[0]);
            assertRealPoints(lc);
        }
    }

    @Test
    void idAndBandSynonyms(@TempDir Path dir) throws IOException {
        for (String[] h : new String[][]{{"star", "band"}, {"name", "filter"}, {"id", "passband"}, {"object", "band"}}) {
            Path f = table(dir, h[0] + ".csv", String.join(",", "JD", "mag", "err", h[0] + "," + h[1]) + "\n", ",", "S,R");
            LightCurve lc = load(f).curves().get(0);
            assertEquals("S", lc.id(), h[0]);
            assertEquals("R", lc.band(), h[1]);
        }
    }

    @Test
    void aHeaderInTheLastCommentLine(@TempDir Path dir) throws IOException {
        LightCurve lc = load(table(dir, "c.dat", "# EROS-1 R band\n# HJD mag err\n", " ", null)).curves().get(0);
        assertEquals("HJD", lc.metadata().timeScale());
        assertRealPoints(lc);
        // a plain OGLE-layout file still reads as before, with no time scale (EROS does not say)
        LightCurve plain = load(table(dir, "p.dat", "", " ", null)).curves().get(0);
        assertNull(plain.metadata().timeScale());
        assertRealPoints(plain);
    }

    @Test
    void fluxIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path f = table(dir, "flux.csv", "BJD_TDB,flux,flux_err\n", ",", null);
        Catalog c = load(f);
        assertTrue(c.curves().isEmpty());
        String m = c.problems().get(0).message();
        assertTrue(m.startsWith("column 'flux' holds fluxes and the table has no magnitude column: Cepheus works in magnitudes"), m);
        // mapping a flux column as the magnitude is refused too
        Catalog forced = CatalogLoader.load(f, CatalogLoader.Options.defaults().withColumns(
                ColumnMapping.parse("time=BJD_TDB,mag=flux")), ProgressMonitor.NONE);
        assertTrue(forced.curves().isEmpty());
        assertTrue(forced.problems().get(0).message().contains("holds fluxes"), forced.problems()::toString);
    }

    @Test
    void anUnmappableTableListsItsColumnsAndTheColumnsLineThatLoadsIt(@TempDir Path dir) throws IOException {
        Path f = table(dir, "odd.csv", "# reduced\nepoch;brightness;noise\n", ";", null);
        Catalog c = load(f);
        assertTrue(c.curves().isEmpty());
        assertEquals("cannot tell which columns hold time and magnitude; the table's columns are epoch, brightness, noise;"
                + " give them, e.g. --columns time=epoch,mag=brightness,err=noise", c.problems().get(0).message());
        // the line it shows loads the file
        Catalog mapped = CatalogLoader.load(f, CatalogLoader.Options.defaults().withColumns(
                ColumnMapping.parse("time=epoch,mag=brightness,err=noise")), ProgressMonitor.NONE);
        assertEquals(List.of(), mapped.problems());
        assertRealPoints(mapped.curves().get(0));
        // only the magnitude missing: the guessed time column is in the line
        Path g = table(dir, "g.csv", "MJD,counts,noise\n", ",", null);
        assertEquals("cannot tell which columns hold magnitude; the table's columns are MJD, counts, noise;"
                + " give them, e.g. --columns time=MJD,mag=counts,err=noise", load(g).problems().get(0).message());
    }

    @Test
    void aMagnitudeColumnPerBandGivesOneCurvePerBand(@TempDir Path dir) throws IOException {
        // real R rows with the real B magnitudes of the same star beside them (same row order, not same times)
        List<String[]> r = RealFiles.rows(REAL, false), b = RealFiles.rows(TestData.eros().resolve("B").resolve("135_9613.dat"), false);
        StringBuilder sb = new StringBuilder("HJD,Rmag,e_Rmag,Bmag,e_Bmag\n");
        for (int i = 0; i < b.size(); i++) sb.append(String.join(",", r.get(i)[0], r.get(i)[1], r.get(i)[2], b.get(i)[1], b.get(i)[2])).append('\n');
        Catalog c = load(Files.writeString(dir.resolve("two.csv"), sb));
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("R", "B"), c.curves().stream().map(LightCurve::band).toList());
        for (int k = 0; k < 2; k++) {
            LightCurve curve = c.curves().get(k);
            assertEquals(b.size(), curve.size());
            assertEquals("HJD", curve.metadata().timeScale());
            // each band with its own error column (the rows were written in file order, already sorted)
            assertEquals(Double.parseDouble((k == 0 ? r : b).get(0)[2]), curve.err()[0], curve.band());
            assertEquals(Double.parseDouble((k == 0 ? r : b).get(0)[1]), curve.mag()[0], curve.band());
        }
    }
}
