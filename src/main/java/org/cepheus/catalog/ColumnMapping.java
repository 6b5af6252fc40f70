package org.cepheus.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which columns of a table hold the light-curve quantities. Each entry is a header name (matched
 * ignoring case, spaces and punctuation) or a 1-based column number; null when absent. Only time
 * and mag are required: without an id column the file name is the star id.
 */
public record ColumnMapping(String id, String time, String mag, String err, String band, String label) {

    private static final List<String> ID_NAMES = List.of("id", "star", "starid", "name", "object", "objectid",
            "objid", "masterid", "sourceid", "oid", "ident");
    private static final List<String> TIME_NAMES = List.of("time", "mjd", "hjd", "jd", "bjd", "t", "date",
            "obstime", "mjdobs", "hjd2450000");
    private static final List<String> MAG_NAMES = List.of("mag", "magnitude", "m", "vmag", "imag", "rmag",
            "bmag", "gmag");
    private static final List<String> ERR_NAMES = List.of("err", "error", "magerr", "emag", "sigma", "merr",
            "dmag", "magerror", "sigmag", "magsigma", "e");
    private static final List<String> BAND_NAMES = List.of("band", "filter", "passband", "filt");
    private static final List<String> LABEL_NAMES = List.of("class", "label", "type", "varclass");
    static final List<String> RA_NAMES = List.of("ra", "raj2000", "radeg");
    static final List<String> DEC_NAMES = List.of("dec", "dej2000", "decj2000", "decdeg");

    /**
     * Parses "time=MJD,mag=Mag,err=3" (keys id, time, mag, err, band, class/label).
     * @throws IllegalArgumentException naming the bad entry
     */
    public static ColumnMapping parse(String spec) {
        String id = null, time = null, mag = null, err = null, band = null, label = null;
        for (String part : spec.split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("bad column mapping '" + part.trim()
                        + "': expected key=column, e.g. time=MJD,mag=Mag,err=Magerr");
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            switch (key) {
                case "id", "star" -> id = value;
                case "time", "t" -> time = value;
                case "mag" -> mag = value;
                case "err", "error", "magerr" -> err = value;
                case "band", "filter" -> band = value;
                case "class", "label" -> label = value;
                default -> throw new IllegalArgumentException("unknown column key '" + key
                        + "': expected id, time, mag, err, band or class");
            }
        }
        if (time == null || mag == null) {
            throw new IllegalArgumentException("column mapping must name at least time and mag, e.g. time=MJD,mag=Mag");
        }
        return new ColumnMapping(id, time, mag, err, band, label);
    }

    /** The mapping guessed from header names; entries not found are null. */
    public static ColumnMapping guess(List<String> header) {
        return new ColumnMapping(find(header, ID_NAMES), find(header, TIME_NAMES), find(header, MAG_NAMES),
                find(header, ERR_NAMES), find(header, BAND_NAMES), find(header, LABEL_NAMES));
    }

    public boolean hasTimeAndMag() { return time != null && mag != null; }

    static String find(List<String> header, List<String> candidates) {
        for (String c : candidates) {
            for (String h : header) if (normalize(h).equals(c)) return h;
        }
        return null;
    }

    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char ch : name.toCharArray()) if (Character.isLetterOrDigit(ch)) sb.append(Character.toLowerCase(ch));
        return sb.toString();
    }

    /** Zero-based index of a mapping entry in the header, -1 when the entry is null. */
    static int indexOf(String entry, List<String> header, int columnCount) {
        if (entry == null) return -1;
        if (!entry.isEmpty() && entry.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(entry) - 1;
            if (i < 0 || i >= columnCount) {
                throw new IllegalArgumentException("column " + entry + " does not exist (the table has "
                        + columnCount + " columns)");
            }
            return i;
        }
        String wanted = normalize(entry);
        if (header != null) {
            for (int i = 0; i < header.size(); i++) if (normalize(header.get(i)).equals(wanted)) return i;
        }
        throw new IllegalArgumentException("no column named '" + entry + "'"
                + (header == null ? " (the table has no header)" : " (columns: " + String.join(", ", header) + ")"));
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (id != null) parts.add("id=" + id);
        if (time != null) parts.add("time=" + time);
        if (mag != null) parts.add("mag=" + mag);
        if (err != null) parts.add("err=" + err);
        if (band != null) parts.add("band=" + band);
        if (label != null) parts.add("class=" + label);
        return String.join(",", parts);
    }
}
