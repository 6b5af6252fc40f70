package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input, each made from a real OGLE light curve spoiled in one way, loaded
 * together with good files: each problem names file, line and what was expected, and the rest loads.
 */
class BadInputTest {
    @TempDir
    Path dir;
    private List<String> realLines;
    private Path good;

    @BeforeEach
    void copyRealData() throws IOException {
        Path source = RealFiles.firstFile(TestData.ogle().resolve("I"), ".dat");
        realLines = Files.readAllLines(source);
        good = Files.copy(source, dir.resolve("good.dat"));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }

    private List<String> spoiled(int index, String line) {
        List<String> l = new ArrayList<>(realLines);
        l.set(index, line);
        return l;
    }

    private Catalog load() throws IOException {
        return CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
    }

    private static LoadProblem problemFor(Catalog c, String fileName) {
        return c.problems().stream().filter(p -> p.file() != null && p.file().getFileName().toString().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("no problem for " + fileName + " in " + c.problems()));
    }

    private LightCurve curve(Catalog c, String id) {
        return c.curves().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        write("empty.dat", List.of());
        write("header.csv", List.of("\"ID\",\"MJD\",\"mag\",\"magerr\",\"RA\",\"Dec\""));
        Catalog c = load();
        assertEquals(List.of("good"), c.curves().stream().map(LightCurve::id).toList());
        assertEquals("empty file", problemFor(c, "empty.dat").message());
        assertTrue(problemFor(c, "header.csv").message().contains("header only"));
    }

    @Test
    void badLineInsideAGoodFileIsSkippedAndReported() throws IOException {
        write("nonnumeric.dat", spoiled(4, "5262.51951 abc 0.015"));
        write("nan.dat", spoiled(2, realLines.get(2).split("\\s+")[0] + " nan 0.02"));
        write("inf.dat", spoiled(7, "Infinity 17.1 0.02"));
        write("columns.dat", spoiled(9, "5262.51951 17.747"));
        write("literal.dat", spoiled(5, "5262.51951 17.3d 0.015"));
        write("hex.dat", spoiled(6, "5262.51951 0x1.1p4 0.015"));
        write("negerr.dat", spoiled(8, "5262.51951 17.747 -0.015"));
        Catalog c = load();
        assertTrue(c.skippedFiles().isEmpty(), "bad lines do not skip files");
        assertTrue(problemFor(c, "literal.dat").message().contains("expected a number for magnitude, found '17.3d'"));
        assertTrue(problemFor(c, "hex.dat").message().contains("expected a number for magnitude, found '0x1.1p4'"));
        assertTrue(problemFor(c, "negerr.dat").message().contains("expected an error >= 0, found '-0.015'"),
                problemFor(c, "negerr.dat").message());
        assertEquals(9, problemFor(c, "negerr.dat").line());
        for (String id : List.of("nonnumeric", "nan", "inf", "columns", "literal", "hex", "negerr")) {
            assertEquals(realLines.size() - 1, curve(c, id).size(), id);
        }
        LoadProblem p = problemFor(c, "nonnumeric.dat");
        assertEquals(5, p.line());
        assertTrue(p.message().contains("expected a number for magnitude, found 'abc'"), p.message());
        assertEquals(3, problemFor(c, "nan.dat").line());
        assertTrue(problemFor(c, "nan.dat").message().contains("magnitude"));
        assertTrue(problemFor(c, "inf.dat").message().contains("expected a finite number for time, found 'Infinity'"));
        assertEquals(10, problemFor(c, "columns.dat").line());
        assertTrue(problemFor(c, "columns.dat").message().contains("expected 3 columns (HJD mag err), found 2"));
    }

    @Test
    void mostlyBadFileIsSkippedAsAWhole() throws IOException {
        List<String> lines = new ArrayList<>(realLines.subList(0, 3));
        for (int i = 0; i < 20; i++) lines.add("x y z");
        write("junkrows.dat", lines);
        Catalog c = load();
        assertEquals(1, c.size());
        List<LoadProblem> ps = c.problems().stream().filter(p -> p.file().getFileName().toString().equals("junkrows.dat")).toList();
        assertEquals(1, ps.size(), ps::toString);
        assertEquals(4, ps.get(0).line());
        assertTrue(ps.get(0).message().contains("not a light-curve table: 20 of 23 rows unreadable"), ps.get(0).message());
    }

    @Test
    void binaryJunkAndUnrecognisedText() throws IOException {
        byte[] junk = new byte[5000];
        new Random(1).nextBytes(junk);
        Files.write(dir.resolve("junk.dat"), junk);
        write("notes.txt", List.of("these are observing notes", "not a table"));
        Catalog c = load();
        assertEquals(1, c.size());
        assertTrue(problemFor(c, "junk.dat").message().startsWith("binary content, not a light-curve table"));
        assertTrue(problemFor(c, "notes.txt").message().startsWith("unrecognised format, first line 'these are observing notes'"));
        assertEquals(List.of("junk.dat", "notes.txt"), c.skippedFiles().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void unreadableFileAndBrokenLink() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.dat"), dir.resolve("does-not-exist.dat"));
        Catalog c = load();
        assertEquals("cannot read: broken link", problemFor(c, "gone.dat").message());
        assertEquals(1, c.size());

        Path locked = Files.copy(good, dir.resolve("locked.dat"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
        assertEquals("cannot read the file: permission denied", problemFor(load(), "locked.dat").message());
    }

    @Test
    void labelsRowPointingAtAMissingFile() throws IOException {
        write("labels.csv", List.of("file,class", "good.dat,F", "missing.dat,1O"));
        Catalog c = load();
        assertEquals("F", c.curves().get(0).label());
        LoadProblem p = problemFor(c, "labels.csv");
        assertEquals(3, p.line());
        assertEquals("labels row points at a missing file: missing.dat", p.message());
    }

    @Test
    void unknownClassInTheFilter() throws IOException {
        write("labels.csv", List.of("star,class", "good,F"));
        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults().withClasses(Set.of("F", "RRab")), ProgressMonitor.NONE);
        assertEquals(1, c.size());
        assertEquals(1, c.problems().size());
        assertEquals("class 'RRab' is not in this catalog; classes present: F", c.problems().get(0).message());
    }

    @Test
    void missingPathIsTheOnlyThrownError() {
        assertThrows(NoSuchFileException.class, () -> CatalogLoader.load(dir.resolve("nope"),
                CatalogLoader.Options.defaults(), ProgressMonitor.NONE));
        assertThrows(IllegalArgumentException.class, () -> CatalogLoader.Options.defaults().withFormat("xls"));
    }

    @Test
    void manyBadLinesAreSummarised() throws IOException {
        List<String> lines = new ArrayList<>(realLines);
        for (int i = 0; i < 8; i++) lines.set(10 + i, "5262.5 17.7 oops");
        write("noisy.dat", lines);
        Catalog c = load();
        List<LoadProblem> ps = c.problems().stream().filter(p -> p.file().getFileName().toString().equals("noisy.dat")).toList();
        assertEquals(FileProblems.REPORTED_LINES + 1, ps.size());
        assertEquals("3 more bad lines skipped", ps.get(ps.size() - 1).message());
        assertEquals(realLines.size() - 8, curve(c, "noisy").size());
    }

    @Test
    void starLabelsWithoutCurvesAreSummarised() throws IOException {
        write("labels.csv", List.of("star,class,period_days", "good,F,3.1", "ghost1,F,2.0", "ghost2,1O,1.5"));
        Catalog c = load();
        assertEquals(3.1, c.curves().get(0).metadata().period());
        LoadProblem p = problemFor(c, "labels.csv");
        assertEquals(3, p.line());
        assertEquals("2 labels row(s) name stars with no light curve (first: ghost1)", p.message());
    }

    @Test
    void forcedFormatReportsFilesOfAnotherFormat() throws IOException {
        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults().withFormat("crts"), ProgressMonitor.NONE);
        assertEquals(0, c.size());
        assertTrue(problemFor(c, "good.dat").message().startsWith("expected a CRTS header"), c.problems()::toString);
        Catalog f = CatalogLoader.load(dir, CatalogLoader.Options.defaults().withFormat("fits"), ProgressMonitor.NONE);
        assertTrue(problemFor(f, "good.dat").message().startsWith("expected a fits table"), f.problems()::toString);
    }

    @Test
    void cancelStopsTheLoad() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(double fraction, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(org.cepheus.service.CancelledException.class,
                () -> CatalogLoader.job(TestData.ogle(), CatalogLoader.Options.defaults()).run(cancelled));
    }
}
