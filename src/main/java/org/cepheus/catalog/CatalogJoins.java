package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins what side tables say to the curves, by file or star id. Label precedence: labels table,
 * then the OGLE mode (ident.dat), then a class in the file name ("<id>-<class>.csv", the CRTS
 * convention). A labels table found in the walk applies to the files under its own folder; one
 * given with --labels applies to everything.
 */
final class CatalogJoins {
    private final List<LabelsTable> scoped = new ArrayList<>();
    private LabelsTable explicit;
    private final Map<String, OgleTables.Ident> idents = new HashMap<>();
    private final Map<String, OgleTables.Ephemeris> ephemerides = new HashMap<>();

    void addLabels(LabelsTable t, boolean isExplicit) {
        if (isExplicit) explicit = t;
        else scoped.add(t);
    }

    void addOgle(OgleTables.Table t) {
        if (t.idents() != null) idents.putAll(t.idents());
        if (t.ephemerides() != null) ephemerides.putAll(t.ephemerides());
    }

    List<LightCurve> apply(List<LightCurve> curves, List<LoadProblem> problems) {
        List<LightCurve> out = new ArrayList<>(curves.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (LightCurve c : curves) {
            out.add(join(c));
            ids.add(c.id());
        }
        if (explicit != null) problems.addAll(explicit.unmatchedStars(ids));
        for (LabelsTable t : scoped) problems.addAll(t.unmatchedStars(ids));
        return out;
    }

    private LightCurve join(LightCurve c) {
        Metadata md = c.metadata();
        String label = c.label();
        OgleTables.Ephemeris eph = ephemerides.get(c.id());
        if (eph != null) md = md.withEphemeris(eph.period(), eph.epoch(), eph.amplitude());
        OgleTables.Ident ident = idents.get(c.id());
        if (ident != null) md = md.withPosition(ident.ra(), ident.dec()).withExtra(Map.of("mode", ident.mode()));
        LabelsTable.Entry entry = labelEntry(c);
        if (entry != null) {
            if (entry.label() != null) label = entry.label();
            if (!Double.isNaN(entry.period()) && !md.hasPeriod()) {
                md = md.withEphemeris(entry.period(), md.epoch(), md.amplitude());
            }
        }
        if (entry != null && entry.excluded()) label = null; // curated out: no class from anywhere
        else {
            if (label == null && ident != null) label = ident.mode();
            if (label == null) label = classInFileName(c);
        }
        if (label == c.label() && md == c.metadata()) return c;
        return c.withLabel(label).withMetadata(md);
    }

    private LabelsTable.Entry labelEntry(LightCurve c) {
        Path source = c.metadata().source();
        if (explicit != null) return explicit.lookup(source, c.id());
        for (LabelsTable t : scoped) {
            if (source != null && !source.startsWith(t.directory())) continue;
            LabelsTable.Entry e = t.lookup(source, c.id());
            if (e != null) return e;
        }
        return null;
    }

    /** "1001004003261-beta_lyrae.csv" for star 1001004003261 gives beta_lyrae. */
    private static String classInFileName(LightCurve c) {
        Path source = c.metadata().source();
        if (source == null) return null;
        String stem = TextCatalogReader.stem(source);
        String prefix = c.id() + "-";
        return stem.startsWith(prefix) && stem.length() > prefix.length() ? stem.substring(prefix.length()) : null;
    }
}
