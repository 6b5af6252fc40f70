package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Catalina (CRTS) CSV, matched by header names so both layouts read: the short one
 * ("ID","MJD","mag","magerr","RA","Dec") and the survey export (MasterID,Mag,Magerr,RA,Dec,MJD,
 * Blend,...). One or many stars per file, grouped by id. Magnitudes are unfiltered V_CSS.
 */
public final class CrtsReader extends TextCatalogReader {
    static final String BAND = "V";
    private static final ColumnMapping SHORT = new ColumnMapping("ID", "MJD", "mag", "magerr", null, null);
    private static final ColumnMapping SURVEY = new ColumnMapping("MasterID", "MJD", "Mag", "Magerr", null, null);

    @Override
    public String name() { return "crts"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        if (!looksLikeText(head)) return false;
        LineTokenizer tok = new LineTokenizer(head, LineTokenizer.Delimiter.COMMA);
        return tok.next() && mappingFor(header(tok)) != null;
    }

    @Override
    public ReadResult parse(Path path, byte[] content) {
        if (content.length == 0) return ReadResult.failed(new LoadProblem(path, 0, "empty file"));
        LineTokenizer tok = new LineTokenizer(content, LineTokenizer.Delimiter.COMMA);
        if (!tok.next()) return ReadResult.failed(new LoadProblem(path, 0, "empty file (no lines)"));
        List<String> header = header(tok);
        ColumnMapping mapping = mappingFor(header);
        if (mapping == null) {
            return ReadResult.failed(new LoadProblem(path, tok.lineNumber(),
                    "expected a CRTS header with ID or MasterID, MJD, mag, magerr; found: " + String.join(",", header)));
        }
        Columns columns = Columns.resolve(mapping, header, header.size());
        RowParser rows = new RowParser(path, columns, header.size(), "(" + String.join(",", header) + ")",
                stem(path), BAND).metadata(Map.of(Metadata.TIME_SCALE, "MJD"));
        return rows.parse(tok, tok.next(), true);
    }

    private static List<String> header(LineTokenizer tok) {
        List<String> names = new ArrayList<>(tok.count());
        for (int i = 0; i < tok.count(); i++) names.add(tok.text(i));
        return names;
    }

    private static ColumnMapping mappingFor(List<String> header) {
        for (ColumnMapping m : List.of(SURVEY, SHORT)) {
            if (has(header, m.id()) && has(header, m.time()) && has(header, m.mag()) && has(header, m.err())) return m;
        }
        return null;
    }

    private static boolean has(List<String> header, String name) {
        for (String h : header) if (h.equalsIgnoreCase(name)) return true;
        return false;
    }
}
