package org.cepheus.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The last few catalogs opened, remembered between sessions in java.util.prefs. */
public final class RecentCatalogs {
    static final int MAX = 8;
    private final Preferences prefs;

    public RecentCatalogs(Preferences prefs) {
        this.prefs = prefs;
    }

    public static RecentCatalogs userDefault() {
        return new RecentCatalogs(Preferences.userNodeForPackage(RecentCatalogs.class).node("recent"));
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("catalog." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    /** Puts the path first, dropping an older entry for it and anything beyond {@link #MAX}. */
    public void add(Path path) {
        List<Path> paths = list();
        Path abs = path.toAbsolutePath().normalize();
        paths.remove(abs);
        paths.add(0, abs);
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) prefs.put("catalog." + i, paths.get(i).toString());
            else prefs.remove("catalog." + i);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // not remembering a recent file is not worth bothering the user
        }
    }
}
