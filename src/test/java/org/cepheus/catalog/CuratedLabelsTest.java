package org.cepheus.catalog;

import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review's curated labels file on real CRTS stars: written, read back as --labels and by a resumed review. */
class CuratedLabelsTest {

    private static Catalog crts() throws IOException {
        return CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults()
                .withClasses(Set.of("EW", "RRab")).withPerClassCap(4), ProgressMonitor.NONE);
    }

    private static Map<String, String> labels(Catalog c) {
        Map<String, String> m = new java.util.TreeMap<>();
        for (var e : c.byStar().entrySet()) m.put(e.getKey(), e.getValue().get(0).label());
        return m;
    }

    @Test
    void decisionsRoundTripThroughTheFileAndTheCatalogLoader(@TempDir Path tmp) throws Exception {
        Catalog cat = crts();
        List<String> ids = new ArrayList<>(labels(cat).keySet());
        String ew = ids.stream().filter(i -> labels(cat).get(i).equals("EW")).findFirst().orElseThrow();
        String rr = ids.stream().filter(i -> labels(cat).get(i).equals("RRab")).findFirst().orElseThrow();
        String kept = ids.stream().filter(i -> !i.equals(ew) && !i.equals(rr)).findFirst().orElseThrow();
        CuratedLabels c = CuratedLabels.of(cat);
        c.decide(new CuratedLabels.Decision(ew, "EW", CuratedLabels.EXCLUDE, null, "blend, \"two stars\"", "2026-12-02T00:00:00Z"));
        c.decide(new CuratedLabels.Decision(rr, "RRab", CuratedLabels.RELABEL, "EW", "=period 0.37 d, eclipses", "2026-12-02T00:01:00Z"));
        c.decide(new CuratedLabels.Decision(kept, labels(cat).get(kept), CuratedLabels.KEEP, labels(cat).get(kept), null, "2026-12-02T00:02:00Z"));
        Path file = tmp.resolve("labels" + CuratedLabels.SUFFIX);
        c.save(file);

        // as --labels: relabelled, kept, and excluded (no class even though the CRTS file name holds one)
        Catalog again = CatalogLoader.load(TestData.crts(), CatalogLoader.Options.defaults().withLabels(file)
                .withClasses(Set.of()), ProgressMonitor.NONE);
        Map<String, String> now = labels(again);
        assertEquals("EW", now.get(rr));
        assertNull(now.get(ew), "excluded: unlabelled");
        assertEquals(labels(cat).get(kept), now.get(kept));
        for (String id : ids) if (!id.equals(ew) && !id.equals(rr)) assertEquals(labels(cat).get(id), now.get(id), id);
        Map<String, String> inSession = labels(c.apply(cat));
        for (String id : ids) assertEquals(now.get(id), inSession.get(id), "the in-session catalog equals the loaded one: " + id);

        // a resumed review reads every decision back, provenance included
        CuratedLabels r = CuratedLabels.resume(cat, file);
        assertEquals(c.decisions(), r.decisions());
        assertEquals("blend, \"two stars\"", r.decision(ew).reason());
        assertEquals("=period 0.37 d, eclipses", r.decision(rr).reason(), "the formula guard is undone");
        assertEquals("RRab", r.originalClass(rr));
    }

    @Test
    void theUsersOwnLabelsTableIsNeverOverwritten(@TempDir Path tmp) throws Exception {
        Path theirs = Files.copy(TestData.crts().resolve("labels.csv"), tmp.resolve("labels" + CuratedLabels.SUFFIX));
        byte[] before = Files.readAllBytes(theirs);
        IOException e = assertThrows(IOException.class, () -> CuratedLabels.of(crts()).save(theirs));
        assertTrue(e.getMessage().contains("not a curated labels file"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(theirs));
        IOException r = assertThrows(IOException.class, () -> CuratedLabels.resume(crts(), theirs));
        assertTrue(r.getMessage().contains("line 1"), r.getMessage());
    }

    @Test
    void aCatalogWalkLeavesCuratedFilesAlone(@TempDir Path tmp) throws Exception {
        Path lc;
        try (var s = Files.list(TestData.crts().resolve("lc"))) {
            lc = s.filter(p -> p.getFileName().toString().endsWith("-EW.csv")).sorted().findFirst().orElseThrow();
        }
        Files.copy(lc, tmp.resolve(lc.getFileName()));
        Catalog one = CatalogLoader.load(tmp, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        String id = one.curves().get(0).id();
        CuratedLabels c = CuratedLabels.of(one);
        c.decide(new CuratedLabels.Decision(id, "EW", CuratedLabels.EXCLUDE, null, "test", "2026-12-02T00:00:00Z"));
        c.save(CuratedLabels.besideCatalog(tmp));
        assertEquals(tmp.resolve("labels.curated.csv"), CuratedLabels.besideCatalog(tmp));
        Catalog walked = CatalogLoader.load(tmp, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        assertEquals("EW", walked.curves().get(0).label(), "only --labels applies a curated file");
        assertTrue(walked.problems().isEmpty(), walked.problems().toString());
    }
}
