package org.cepheus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines open the workbench and which run a verb. */
class MainTest {
    @Test
    void noArgumentsACatalogPathOrScreenshotsOpenTheWorkbench() {
        assertTrue(Main.isForGui(new String[0]));
        assertTrue(Main.isForGui(new String[]{"sample-data"}));
        assertTrue(Main.isForGui(new String[]{"--screenshots", "docs/screenshots"}));
    }

    @Test
    void verbsAndOptionsRunTheCommandLine() {
        assertFalse(Main.isForGui(new String[]{"info"}));
        assertFalse(Main.isForGui(new String[]{"catalog", "info", "sample-data"}));
        assertFalse(Main.isForGui(new String[]{"--help"}));
        assertFalse(Main.isForGui(new String[]{"train"}));
    }
}
