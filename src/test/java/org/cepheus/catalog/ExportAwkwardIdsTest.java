package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real sample-data curves renamed to ids, bands and classes that break naive writers and readers
 * (comment markers, quotes, commas, formula starts, spaces, Unicode, empty band and class). Every
 * format either reads them back identically through the loader's auto-detection or refuses them
 * before a file is created, naming the star and the reason.
 */
class ExportAwkwardIdsTest {
    private static final String[] ASCII_IDS = {"#comment-like", "\"quoted, id\"", "=1+1", "-cmd", "@SUM(1)",
            "id with spaces", "'=already quoted", "a \"b\" c", "% not a header", "x,y;z|w", "-1.5"};
    private static final String[] UNICODE_IDS = {"V* α Cen", "星", "Ångström-1 🌟"};
    private static List<LightCurve> real;

    @BeforeAll
    static void loadSample() throws IOException {
        real = CatalogLoader.load(TestData.sampleData(), CatalogLoader.Options.defaults(), ProgressMonitor.NONE).curves();
    }

    /** Real curve i renamed; the odd ones lose their band and class. */
    private static LightCurve renamed(int i, String id, String band, String label) {
        LightCurve c = real.get(i % real.size());
        return new LightCurve(id, band, c.time(), c.mag(), c.err(), label, null);
    }

    private static Catalog catalogOf(String[] ids, boolean awkwardBandsAndClasses) {
        List<LightCurve> curves = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            LightCurve c = real.get(i % real.size());
            boolean plain = i % 2 == 0;
            String band = plain ? c.band() : awkwardBandsAndClasses ? ids[ids.length - 1 - i] : "";
            String label = plain ? (c.label() == null ? "RRab" : c.label()) : awkwardBandsAndClasses ? ids[i] : null;
            curves.add(renamed(i, ids[i], band, label));
        }
        return new Catalog("awkward", curves, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv"})
    void asciiAwkwardIdsBandsAndClassesReadBack(String ext, @TempDir Path dir) throws IOException {
        assertReadsBack(catalogOf(ASCII_IDS, false), dir.resolve("ids." + ext));
        assertReadsBack(catalogOf(ASCII_IDS, true), dir.resolve("all." + ext));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "vot"})
    void unicodeIdsBandsAndClassesReadBack(String ext, @TempDir Path dir) throws IOException {
        assertReadsBack(catalogOf(UNICODE_IDS, true), dir.resolve("unicode." + ext));
    }

    /** astropy cannot read a FITS string column declared 0A: an all-empty band or class is given width 1. */
    @org.junit.jupiter.api.Test
    void emptyTextColumnsHaveAFitsWidth(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("empty.fits");
        assertReadsBack(new Catalog("e", List.of(renamed(0, "x", "", null), renamed(1, "y", "", null)), List.of()), out);
        String headers = new String(Files.readAllBytes(out), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(headers.matches("(?s).*TFORM\\d+ *= *'0A.*"), "a 0A column");
        assertTrue(headers.matches("(?s).*TFORM2 *= *'1A.*"), "the band column is 1A");
    }

    /** STIL writes an id starting with '#' bare at the start of an ECSV row; astropy would skip it as a comment. */
    @org.junit.jupiter.api.Test
    void ecsvRowsNeverStartWithAHash(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("hash.ecsv");
        assertReadsBack(catalogOf(ASCII_IDS, true), out);
        List<String> lines = Files.readAllLines(out);
        int names = lines.indexOf("id band time mag err class time_scale set_aside");
        assertTrue(names > 0, "the column-name line");
        assertTrue(lines.subList(0, names).stream().allMatch(l -> l.startsWith("# ")), "header lines");
        assertTrue(lines.subList(names + 1, lines.size()).stream().noneMatch(l -> l.startsWith("#")), "no data row looks like a comment");
        assertTrue(lines.get(names + 1).startsWith("\"#comment-like\" "), lines.get(names + 1));
    }

    /** FITS text is ASCII; STIL writes ECSV non-ASCII characters as '?' (and reads it as ASCII). */
    @ParameterizedTest
    @ValueSource(strings = {"fits", "fit", "fts", "ecsv"})
    void asciiOnlyFormatsRefuseNonAsciiText(String ext, @TempDir Path dir) {
        assertRefused(catalogOf(UNICODE_IDS, false), dir.resolve("unicode." + ext), "V* α Cen", "ASCII", ".vot");
        assertBandAndClassRefused(dir, ext, "Vé", "δ Cep", "ASCII");
    }

    /** Line breaks and other control characters would split a row (or be mangled): refused in every format. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv"})
    void controlCharactersAreRefusedEverywhere(String ext, @TempDir Path dir) {
        for (String id : new String[]{"two\nlines", "cr\rid", "tab\tid", "nul\u0000id", "del\u007fid", "nel\u0085id"}) {
            Catalog c = new Catalog("ctl", List.of(renamed(0, "fine", "V", null), renamed(1, id, "V", null)), List.of());
            assertRefused(c, dir.resolve("ctl." + ext), id.substring(0, 2), "control character");
        }
        assertBandAndClassRefused(dir, ext, "V\n", "RR\r\nLyr", "control character");
    }

    /** A plain star with this band, then with this class, is refused for the reason given. */
    private static void assertBandAndClassRefused(Path dir, String ext, String band, String label, String reason) {
        assertRefused(new Catalog("b", List.of(renamed(0, "plain", band, null)), List.of()),
                dir.resolve("band." + ext), "plain", "band", reason);
        assertRefused(new Catalog("c", List.of(renamed(0, "plain", "V", label)), List.of()),
                dir.resolve("class." + ext), "plain", "class", reason);
    }

    /** What the readers cannot tell apart or drop is refused rather than lost. */
    @ParameterizedTest
    @ValueSource(strings = {"csv", "fits", "vot", "ecsv"})
    void whatCannotReadBackIsRefused(String ext, @TempDir Path dir) {
        Path out = dir.resolve("x." + ext);
        assertRefused(new Catalog("c", List.of(renamed(0, " padded", "V", null)), List.of()), out, "' padded'", "space");
        assertRefused(new Catalog("c", List.of(renamed(0, "padded ", "V", null)), List.of()), out, "'padded '", "space");
        assertRefused(new Catalog("c", List.of(renamed(0, "", "V", null)), List.of()), out, "empty id");
        assertRefused(new Catalog("c", List.of(renamed(0, "twin", "V", null), renamed(1, "twin", "V", null)), List.of()),
                out, "twin", "twice");
        assertRefused(new Catalog("c", List.of(new LightCurve("none", "V", new double[0], new double[0], null)), List.of()),
                out, "none", "no points");
        LightCurve c = real.get(0);
        double[] err = c.err().clone();
        err[3] = Double.NaN;
        assertRefused(new Catalog("c", List.of(new LightCurve("gappy", "V", c.time(), c.mag(), err)), List.of()),
                out, "gappy", "error");
        double[] mag = c.mag().clone();
        mag[2] = Double.POSITIVE_INFINITY;
        assertRefused(new Catalog("c", List.of(new LightCurve("inf", "V", c.time(), mag, null)), List.of()),
                out, "inf", "finite");
        String lone = "half\ud800";
        assertRefused(new Catalog("c", List.of(renamed(0, lone, "V", null)), List.of()), out, "half", "surrogate");
    }

    static void assertReadsBack(Catalog catalog, Path out) throws IOException {
        long rows = CatalogExport.write(catalog, out);
        assertEquals(catalog.curves().stream().mapToLong(LightCurve::size).sum(), rows);
        Catalog back = CatalogLoader.load(out, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertTrue(back.problems().isEmpty(), back.problems()::toString);
        assertEquals(catalog.curves().stream().map(LightCurve::id).toList(), back.curves().stream().map(LightCurve::id).toList());
        for (int i = 0; i < catalog.size(); i++) {
            LightCurve a = catalog.curves().get(i), b = back.curves().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.band(), b.band(), a.id());
            assertEquals(a.label(), b.label(), a.id());
            assertArrayEquals(a.time(), b.time(), a.id());
            assertArrayEquals(a.mag(), b.mag(), a.id());
            assertArrayEquals(a.err(), b.err(), a.id());
        }
    }

    static void assertRefused(Catalog catalog, Path out, String... inMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogExport.write(catalog, out),
                () -> "expected " + out.getFileName() + " to be refused");
        for (String s : inMessage) assertTrue(e.getMessage().contains(s), () -> "'" + s + "' not in: " + e.getMessage());
        assertFalse(Files.exists(out), "nothing written");
        try (var files = Files.list(out.getParent())) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith(out.getFileName().toString())
                    || p.getFileName().toString().contains("tmp")).count(), "no temporary file left");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
    }
}
