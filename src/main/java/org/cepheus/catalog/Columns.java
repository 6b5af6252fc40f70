package org.cepheus.catalog;

import java.util.List;

/**
 * A column mapping resolved against one table: zero-based indices, -1 when absent. {@code scale}
 * and {@code aside} are the time_scale and set_aside columns of Cepheus's own export.
 */
record Columns(int id, int time, int mag, int err, int band, int label, int ra, int dec, int scale, int aside) {

    /** @throws IllegalArgumentException when the mapping names a column the table lacks */
    static Columns resolve(ColumnMapping m, List<String> header, int columnCount) {
        int ra = header == null ? -1 : indexOrMissing(ColumnMapping.find(header, ColumnMapping.RA_NAMES), header);
        int dec = header == null ? -1 : indexOrMissing(ColumnMapping.find(header, ColumnMapping.DEC_NAMES), header);
        int scale = header == null ? -1 : header.indexOf(CatalogExport.TIME_SCALE_COLUMN);
        int aside = header == null ? -1 : header.indexOf(CatalogExport.SET_ASIDE_COLUMN);
        return new Columns(ColumnMapping.indexOf(m.id(), header, columnCount),
                ColumnMapping.indexOf(m.time(), header, columnCount),
                ColumnMapping.indexOf(m.mag(), header, columnCount),
                ColumnMapping.indexOf(m.err(), header, columnCount),
                ColumnMapping.indexOf(m.band(), header, columnCount),
                ColumnMapping.indexOf(m.label(), header, columnCount), ra, dec, scale, aside);
    }

    private static int indexOrMissing(String name, List<String> header) {
        return name == null ? -1 : header.indexOf(name);
    }

    /** time, mag[, err] by position: the layout of OGLE-style files without a header. */
    static Columns positional(int columnCount) {
        return new Columns(-1, 0, 1, columnCount >= 3 ? 2 : -1, -1, -1, -1, -1, -1, -1);
    }

    /** The same columns with another magnitude and error column (one band of a table with several). */
    Columns withMag(int newMag, int newErr) {
        return new Columns(id, time, newMag, newErr, band, label, ra, dec, scale, aside);
    }

    boolean grouped() { return id >= 0 || band >= 0; }
}
