package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cepheus.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The column choices kept per header, and the preview the dialog shows (#12). */
class SavedMappingsTest {
    private static final Path TABLE = TestData.root().resolve("converted/unmapped-crts-1001006006382.csv");

    @Test
    void aKeptChoiceIsReadBackAndMatchesAnyFileOfThatHeader(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("column-mappings.json");
        SavedMappings s = SavedMappings.in(store);
        assertEquals(0, s.size());
        ColumnMapping m = ColumnMapping.parse("time=obs_epoch,mag=brightness,err=unc,scale=MJD");
        s.put(List.of("obs_epoch", "brightness", "unc"), m);
        assertTrue(Files.isRegularFile(store));
        SavedMappings again = SavedMappings.in(store);
        // case and punctuation do not matter, as in --columns
        assertEquals(m, again.forHeader(List.of("OBS EPOCH", "Brightness", "unc")).orElseThrow());
        assertEquals(m, again.forFile(TABLE).orElseThrow(), "the real table's header (after its comment line)");
        assertTrue(again.forFile(TestData.crts().resolve("lc/1001006006382-EW.csv")).isEmpty());
        assertTrue(again.forFile(TestData.crts()).isEmpty(), "a folder has no header");
    }

    @Test
    void aDamagedStoreIsAnError(@TempDir Path tmp) throws Exception {
        Path store = Files.writeString(tmp.resolve("column-mappings.json"), "{not json");
        assertThrows(java.io.IOException.class, () -> SavedMappings.in(store));
    }

    @Test
    void thePreviewShowsTheHeaderAfterTheCommentAndTheFirstRows() throws Exception {
        TablePreview p = TablePreview.of(TABLE, 5);
        assertEquals(List.of("obs_epoch", "brightness", "unc"), p.columns());
        assertTrue(p.hasHeader() && p.wholeFile());
        assertEquals(5, p.rows().size());
        assertEquals(List.of("53710.1037215856", "16.932547", "0.0814254895773873"), p.rows().get(0));
        assertEquals(null, p.guess().time(), "nothing guessable");
        ReadResult r = p.read(ColumnMapping.parse("time=obs_epoch,mag=brightness,err=unc,scale=MJD"));
        assertEquals(270, r.curves().get(0).size());
        assertEquals("MJD", r.curves().get(0).metadata().timeScale());
    }

    @Test
    void theScaleKeyIsCheckedAndNormalised() {
        assertEquals("HJD-2450000", ColumnMapping.parse("time=t,mag=m,scale=hjd-2450000").scale());
        assertEquals("BJD_TDB", ColumnMapping.parse("time=t,mag=m,scale=BJD_TDB").scale());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ColumnMapping.parse("time=t,mag=m,scale=years"));
        assertTrue(e.getMessage().startsWith("unknown time scale 'years'"), e.getMessage());
        assertEquals("time=t,mag=m,scale=MJD", ColumnMapping.parse("time=t,mag=m,scale=mjd").toString());
    }
}
