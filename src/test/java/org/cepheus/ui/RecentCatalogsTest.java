package org.cepheus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentCatalogsTest {
    private final Preferences node = Preferences.userRoot().node("cepheus-test/recent-unit");

    @AfterEach
    void clear() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndBounded() {
        RecentCatalogs recent = new RecentCatalogs(node);
        for (int i = 0; i < 10; i++) recent.add(Path.of("/data/cat" + i));
        recent.add(Path.of("/data/cat5"));
        var list = recent.list();
        assertEquals(RecentCatalogs.MAX, list.size());
        assertEquals(Path.of("/data/cat5"), list.get(0));
        assertEquals(Path.of("/data/cat9"), list.get(1));
        assertEquals(1, list.stream().filter(p -> p.equals(Path.of("/data/cat5"))).count());
        assertEquals(list, new RecentCatalogs(node).list(), "remembered in the preferences");
    }
}
