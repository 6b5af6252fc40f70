package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * OGLE photometry ("HJD mag err", whitespace separated, no header; also EROS-1 files in the same
 * layout). The star id is the file name; the band is the folder name when it looks like one
 * (I/, V/, R/, B/ ...).
 */
public final class OgleReader extends TextCatalogReader {
    /**
     * Folder names taken as a photometric band: Johnson-Cousins, near- and mid-infrared, SDSS-like
     * (ZTF, Pan-STARRS, Rubin), Gaia, Hipparcos/Tycho, AAVSO's unfiltered CV. Any other short
     * name ("lc", "my") is just a folder, not a band.
     */
    static final String BAND_NAMES = "[UBVRI]|R[cj]|I[cj]|[JHKLM]|Ks|[ugrizy]|G|BP|RP|Hp|BT|VT|W[1-4]|CV|TG|CR";
    private static final Pattern BAND_FOLDER = Pattern.compile(BAND_NAMES);

    @Override
    public String name() { return "ogle"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        if (!looksLikeText(head)) return false;
        LineTokenizer tok = new LineTokenizer(head, LineTokenizer.Delimiter.WHITESPACE);
        if (!tok.next() || tok.count() < 2 || tok.count() > 3 || tok.lineText().indexOf(',') >= 0) return false;
        for (int i = 0; i < tok.count(); i++) if (!tok.isNumber(i)) return false;
        // "# BJD flux err" above the rows names the columns: the generic table reader follows it
        return DelimitedReader.commentedHeader(head, LineTokenizer.Delimiter.WHITESPACE, tok.count()) == null;
    }

    @Override
    public ReadResult parse(Path path, byte[] content) {
        if (content.length == 0) return ReadResult.failed(new LoadProblem(path, 0, "empty file"));
        LineTokenizer tok = new LineTokenizer(content, LineTokenizer.Delimiter.WHITESPACE);
        boolean hasRow = tok.next();
        int columns = hasRow && tok.count() == 2 ? 2 : 3;
        RowParser rows = new RowParser(path, Columns.positional(columns), columns,
                columns == 3 ? "(HJD mag err)" : "(HJD mag)", stem(path), bandOf(path));
        // OGLE's own files (OGLE-LMC-CEP-0001.dat) are HJD - 2450000 by OGLE's readme; EROS-1 and
        // other files in this layout do not say
        if (stem(path).startsWith("OGLE-")) rows.metadata(Map.of(Metadata.TIME_SCALE, "HJD-2450000"));
        return rows.parse(tok, hasRow, false);
    }

    /** The band named by the file's folder (OGLE's I/ and V/), or "" when the folder is not a band. */
    static String bandOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || parent.getFileName() == null) return "";
        String name = parent.getFileName().toString();
        return BAND_FOLDER.matcher(name).matches() ? name : "";
    }
}
