package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OGLE's side tables, joined to the photometry by star id: ident.dat (mode of pulsation, RA,
 * Dec) and parameter tables in the cepF.dat layout, such as cepFO4.dat (period, epoch of
 * maximum, I-band amplitude). Recognised by content: lines starting with an OGLE id.
 */
final class OgleTables {
    /** A row of ident.dat. */
    record Ident(String mode, double ra, double dec) { }

    /** A row of a parameter table: catalog period (days), epoch of maximum (HJD-2450000), amplitude. */
    record Ephemeris(double period, double epoch, double amplitude) { }

    /** The side table in one file: identifications or parameters (one of them null). */
    record Table(Map<String, Ident> idents, Map<String, Ephemeris> ephemerides, List<LoadProblem> problems) { }

    private OgleTables() { }

    static boolean isIdent(byte[] head) {
        LineTokenizer tok = firstLine(head);
        return tok != null && tok.count() >= 4 && tok.text(0).startsWith("OGLE-") && !tok.isNumber(1)
                && tok.text(2).indexOf(':') > 0;
    }

    static boolean isParameters(byte[] head) {
        LineTokenizer tok = firstLine(head);
        if (tok == null || tok.count() < 7 || !tok.text(0).startsWith("OGLE-")) return false;
        for (int i = 3; i < 7; i++) if (!tok.isNumber(i)) return false;
        return true;
    }

    private static LineTokenizer firstLine(byte[] head) {
        if (!TextCatalogReader.looksLikeText(head)) return null;
        LineTokenizer tok = new LineTokenizer(head, LineTokenizer.Delimiter.WHITESPACE);
        return tok.next() ? tok : null;
    }

    static Table readIdent(Path file, byte[] content) {
        Map<String, Ident> out = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        LineTokenizer tok = new LineTokenizer(content, LineTokenizer.Delimiter.WHITESPACE);
        while (tok.next()) {
            if (tok.count() < 4) {
                problems.add(new LoadProblem(file, tok.lineNumber(), "expected id, mode, RA, Dec; found: " + tok.lineText()));
                continue;
            }
            double ra = sexagesimal(tok.text(2)) * 15, dec = sexagesimal(tok.text(3));
            out.put(tok.text(0), new Ident(tok.text(1), ra, dec));
        }
        return new Table(out, null, problems);
    }

    static Table readParameters(Path file, byte[] content) {
        Map<String, Ephemeris> out = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        LineTokenizer tok = new LineTokenizer(content, LineTokenizer.Delimiter.WHITESPACE);
        while (tok.next()) {
            try {
                if (tok.count() < 7) throw new NumberFormatException();
                out.put(tok.text(0), new Ephemeris(tok.number(3), tok.number(5), tok.number(6)));
            } catch (NumberFormatException e) {
                problems.add(new LoadProblem(file, tok.lineNumber(), "expected id, <I>, <V>, period, period error, "
                        + "epoch, amplitude; found: " + tok.lineText()));
            }
        }
        return new Table(null, out, problems);
    }

    /** "-70:25:26.9" to -70.424..; NaN when malformed. */
    static double sexagesimal(String s) {
        String[] p = s.split(":");
        try {
            double v = 0;
            for (int i = p.length - 1; i >= 0; i--) v = Math.abs(Double.parseDouble(p[i])) + v / 60;
            return s.startsWith("-") ? -v : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
