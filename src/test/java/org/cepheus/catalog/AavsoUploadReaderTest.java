package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader of AAVSO upload files (Extended and Visual File Format) on real photometry converted
 * to them (realdata/converted/make_aavso_upload.py, see its README): an EROS-1 two-band star (CRLF
 * line ends, with 4 synthetic rows), a CRTS star with '!' as delimiter, the same CRTS star as
 * visual estimates with Excel dates.
 */
class AavsoUploadReaderTest {
    private static final Path CONVERTED = TestData.root().resolve("converted");
    private static final Path EROS = CONVERTED.resolve("aef-eros-135_9613.txt");
    private static final Path CRTS = CONVERTED.resolve("aef-crts-1001006006382.txt");
    private static final Path VISUAL = CONVERTED.resolve("visual-crts-1001006006382.txt");

    private static Catalog load(Path p) throws IOException {
        return CatalogLoader.load(p, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
    }

    private static Map<String, LightCurve> byBand(Catalog c) {
        Map<String, LightCurve> m = new TreeMap<>();
        for (LightCurve lc : c.curves()) m.put(lc.band(), lc);
        return m;
    }

    private static LightCurve crts() throws IOException {
        return new CrtsReader().read(TestData.crts().resolve("lc/1001006006382-EW.csv")).curves().get(0);
    }

    @Test
    void extendedFormatGivesEachFilterItsRealPointsAndKeepsDifferentialApart() throws IOException {
        Catalog c = load(EROS);
        Map<String, LightCurve> bands = byBand(c);
        assertEquals(List.of("B", "R", "R (DIF)"), List.copyOf(bands.keySet()));
        for (String band : List.of("R", "B")) {
            LightCurve got = bands.get(band);
            LightCurve real = new OgleReader().read(TestData.eros().resolve(band).resolve("135_9613.dat")).curves().get(0);
            assertEquals("135_9613", got.id());
            assertEquals(real.size(), got.size(), band + ": the real rows, not the synthetic ones");
            assertArrayEquals(real.mag(), got.mag());
            assertArrayEquals(real.err(), got.err());
            for (int i = 0; i < real.size(); i++) assertEquals(real.time()[i] + 2448000, got.time()[i], 1e-6);
            assertEquals("JD", got.metadata().timeScale());
            assertEquals("CCD", got.metadata().extra().get("obsType"));
            assertEquals(1, got.setAside().count(SetAside.Reason.UPPER_LIMIT), "the fainter-than row");
        }
        assertArrayEquals(new int[]{256}, bands.get("R").setAside().line(), "named by its source line");
        assertArrayEquals(new double[]{20.5}, bands.get("R").setAside().mag());
        assertArrayEquals(new double[]{0.512}, bands.get("R (DIF)").mag(), "differential: not on the standard scale");
        assertEquals("EROS:124, SYNA:1", bands.get("R").metadata().extra().get("observers"), "#OBSCODE applies to the rows after it");
        assertEquals(List.of(EROS + ":259: expected a date as #DATE=JD says, found '24483x0.16000' (line skipped)"),
                c.problems().stream().map(LoadProblem::toString).toList());
    }

    @Test
    void anyDelimiterTheParametersNameReadsTheSamePointsAsTheSurveyFile() throws IOException {
        Catalog c = load(CRTS);
        assertEquals(List.of(), c.problems());
        LightCurve got = c.curves().get(0), real = crts();
        assertEquals("CSS 1001006006382", got.id());
        assertEquals("CV", got.band());
        assertArrayEquals(real.mag(), got.mag());
        assertArrayEquals(real.err(), got.err());
        for (int i = 0; i < real.size(); i++) assertEquals(real.time()[i] + 2400000.5, got.time()[i], 1e-7);
    }

    @Test
    void visualFormatWithExcelDatesIsBandVisWithoutErrors() throws IOException {
        Catalog c = load(VISUAL);
        assertEquals(List.of(), c.problems());
        LightCurve got = c.curves().get(0), real = crts();
        assertEquals("Vis.", got.band());
        assertNull(got.err(), "visual estimates carry no error");
        assertEquals(real.size(), got.size());
        for (int i = 0; i < real.size(); i++) {
            assertEquals(real.time()[i] + 2400000.5, got.time()[i], 0.51 / 86400, "Excel dates are to the second, UT");
            assertEquals(Math.round(real.mag()[i] * 10) / 10.0, got.mag()[i], 1e-9);
        }
        assertEquals("JD", got.metadata().timeScale());
    }

    @Test
    void detectedByItsTypeParameterAndForcedByName() throws IOException {
        ReaderRegistry registry = ReaderRegistry.standard(null);
        for (Path p : List.of(EROS, CRTS, VISUAL)) {
            assertEquals("aavso-upload", registry.detect(p, Files.readAllBytes(p)).orElseThrow().name(), p.toString());
        }
        Catalog forced = CatalogLoader.load(CRTS, CatalogLoader.Options.defaults().withFormat("aavso-upload"), ProgressMonitor.NONE);
        assertEquals(270, forced.curves().get(0).size());
    }

    @Test
    void excelDatesCoverMidnightNoonAndTwentyFourHourClocks(@TempDir Path dir) throws IOException {
        Path f = write(dir, "clock.txt", "#TYPE=VISUAL\n#DELIM=,\n#DATE=EXCEL\n"
                + "X,01/01/2000 12:00:00 p.m,10.1,na,na,na,na,na\n"   // JD 2451545.0
                + "X,01/01/2000 12:00:00 AM,10.2,na,na,na,na,na\n"    // midnight: 2451544.5
                + "X,01/01/2000 18:00,10.3,na,na,na,na,na\n");       // 24-hour clock, no seconds
        LightCurve c = load(f).curves().get(0);
        assertArrayEquals(new double[]{2451544.5, 2451545.0, 2451545.25}, c.time(), 1e-9);
    }

    @Test
    void hostileOrBrokenFilesAreRefusedWithTheFileAndLine(@TempDir Path dir) throws IOException {
        assertProblem(write(dir, "nodelim.txt", "#TYPE=EXTENDED\n#DATE=JD\nX,2450000.1,10.0,0.01,V,NO,STD\n"),
                "nodelim.txt:3: an observation before the #TYPE= and #DELIM= parameters");
        assertProblem(write(dir, "date.txt", "#TYPE=EXTENDED\n#DELIM=,\n#DATE=MJD\nX,50000.1,10.0,0.01,V,NO,STD\n"),
                "date.txt:3: #DATE=MJD: expected JD, HJD or EXCEL");
        assertProblem(write(dir, "type.txt", "#TYPE=VISUAL\n#TYPE=PHOTOMETRY\n"),
                "type.txt:2: #TYPE=PHOTOMETRY is not an AAVSO upload format");
        assertProblem(write(dir, "junk.txt", "#TYPE=EXTENDED\n#DELIM=,\n#DATE=JD\na,b,c,d,e\nf,g,h,i,j\n"),
                "junk.txt:4: no readable observations; first problem:");
        assertProblem(write(dir, "only.txt", "#TYPE=EXTENDED\n#DELIM=,\n#DATE=JD\nX,2450000.1,<10.0,na,V,NO,STD\n"),
                "only.txt: star X band V: only 1 fainter-than observations, no curve");
    }

    @Test
    void aCurveMixingJdAndHjdIsKeptAndSaysSo(@TempDir Path dir) throws IOException {
        Path f = write(dir, "mixed.txt", "#TYPE=EXTENDED\n#DELIM=|\n#DATE=JD\nX|2450000.1|10.0|0.01|V|NO|STD\n"
                + "#DATE=HJD\nX|2450001.1|10.2|0.01|V|NO|STD\n");
        Catalog c = load(f);
        assertEquals(2, c.curves().get(0).size());
        assertEquals("JD/HJD", c.curves().get(0).metadata().timeScale());
        assertTrue(c.problems().get(0).message().contains("dates mix JD and HJD"), c.problems().toString());
    }

    private static void assertProblem(Path file, String expected) throws IOException {
        Catalog c = load(file);
        assertEquals(0, c.curves().size(), file.toString());
        String all = c.problems().stream().map(LoadProblem::toString).reduce("", (a, b) -> a + b + "\n");
        assertTrue(all.contains(file.getParent().resolve(expected).toString()) || all.contains(expected), all);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
