package org.cepheus.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cepheus.lightcurve.DmDtGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DmDtGridFileTest {

    @Test
    void gridSavesAndLoadsAsJson(@TempDir Path dir) throws Exception {
        DmDtGrid g = new DmDtGrid(new double[]{-1, 0.5, 2}, new double[]{0, 9.25, 18.5});
        Path f = dir.resolve("grid.json");
        DmDtGridFile.save(g, f);
        assertEquals(g, DmDtGridFile.load(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temp file left behind");
        }
        Files.writeString(f, "{\"dmEdges\":[1,0],\"dtEdges\":[0,1]}");
        var e = assertThrows(java.io.IOException.class, () -> DmDtGridFile.load(f));
        assertTrue(e.getMessage().contains("grid.json"), e.getMessage());
    }
}
