package org.cepheus.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.CsvWriter;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RandomStarTable;
import uk.ac.starlink.table.StarTableOutput;
import uk.ac.starlink.table.StarTableWriter;

/**
 * Writes a catalog as one long table (id, band, time, mag, err, class; one row per observation)
 * to CSV, FITS binary table, VOTable or ECSV, chosen by the file extension. The loader reads each
 * back to the same curves. Catalog metadata (periods, positions) is not part of the long format.
 * Written to a temporary file and moved into place, so a failed export never leaves half a file.
 */
public final class CatalogExport {
    public static final String[] COLUMNS = {"id", "band", "time", "mag", "err", "class"};

    private CatalogExport() { }

    /** @return the number of rows written */
    public static long write(Catalog catalog, Path out) throws IOException {
        String format = formatOf(out);
        AtomicFiles.writeBytes(out, os -> {
            if (format.equals("csv")) writeCsv(catalog, os);
            else writeStil(catalog, os, format);
        });
        return catalog.curves().stream().mapToLong(LightCurve::size).sum();
    }

    /** csv, fits, votable or ecsv from the extension. */
    public static String formatOf(Path out) {
        String ext = TextCatalogReader.extension(out);
        return switch (ext) {
            case "csv" -> "csv";
            case "fits", "fit", "fts" -> "fits";
            case "vot", "votable", "xml" -> "votable";
            case "ecsv" -> "ecsv";
            default -> throw new IllegalArgumentException("cannot export to '" + out.getFileName()
                    + "': expected a file ending in .csv, .fits, .vot or .ecsv");
        };
    }

    private static void writeCsv(Catalog catalog, OutputStream os) throws IOException {
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        CsvWriter csv = new CsvWriter(w);
        csv.row(COLUMNS);
        for (LightCurve c : catalog.curves()) {
            double[] t = c.time(), m = c.mag(), e = c.err();
            for (int i = 0; i < t.length; i++) {
                // Double.toString round-trips exactly through Double.parseDouble; a NaN error is left empty
                csv.text(c.id()).text(c.band()).number(t[i]).number(m[i]);
                if (e != null) csv.number(e[i]);
                else csv.empty();
                csv.text(c.label());
                csv.endRow();
            }
        }
        w.flush();
    }

    private static void writeStil(Catalog catalog, OutputStream os, String format) throws IOException {
        StilReader.quietLogging();
        StarTableWriter writer = new StarTableOutput().getHandler(format.toLowerCase(Locale.ROOT));
        writer.writeStarTable(new LongTable(catalog), os);
    }

    /** The catalog seen as one long STIL table, without copying the arrays. */
    private static final class LongTable extends RandomStarTable {
        private final LightCurve[] curves;
        private final long[] firstRow; // row index of each curve's first point, plus the total

        LongTable(Catalog catalog) {
            curves = catalog.curves().toArray(new LightCurve[0]);
            firstRow = new long[curves.length + 1];
            for (int i = 0; i < curves.length; i++) firstRow[i + 1] = firstRow[i] + curves[i].size();
            setName("cepheus light curves");
        }

        @Override
        public int getColumnCount() { return COLUMNS.length; }

        @Override
        public ColumnInfo getColumnInfo(int icol) {
            return switch (icol) {
                case 0 -> new ColumnInfo("id", String.class, "star id");
                case 1 -> new ColumnInfo("band", String.class, "photometric band");
                case 2 -> new ColumnInfo("time", Double.class, "time of observation (days)");
                case 3 -> new ColumnInfo("mag", Double.class, "magnitude");
                case 4 -> new ColumnInfo("err", Double.class, "magnitude error (NaN when unknown)");
                default -> new ColumnInfo("class", String.class, "class label (empty when unlabelled)");
            };
        }

        @Override
        public long getRowCount() { return firstRow[curves.length]; }

        @Override
        public Object getCell(long row, int icol) {
            int ci = java.util.Arrays.binarySearch(firstRow, row);
            if (ci < 0) ci = -ci - 2;
            else while (ci + 1 < firstRow.length && firstRow[ci + 1] == row) ci++; // skip empty curves
            LightCurve c = curves[ci];
            int i = (int) (row - firstRow[ci]);
            return switch (icol) {
                case 0 -> c.id();
                case 1 -> c.band();
                case 2 -> c.time()[i];
                case 3 -> c.mag()[i];
                case 4 -> c.err() == null ? Double.NaN : c.err()[i];
                default -> c.label() == null ? "" : c.label();
            };
        }
    }
}
