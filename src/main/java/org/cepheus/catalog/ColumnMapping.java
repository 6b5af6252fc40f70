package org.cepheus.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which columns of a table hold the light-curve quantities. Each entry is a header name (matched
 * ignoring case, spaces and punctuation) or a 1-based column number; null when absent. Only time
 * and mag are required: without an id column the file name is the star id. {@code scale} is the
 * time scale of the time column ("JD", "HJD-2450000", "BJD_TDB"...) for tables whose header does
 * not say it; null: taken from the time column's name, if it says.
 */
public record ColumnMapping(String id, String time, String mag, String err, String band, String label, String scale) {

    /** The time scales offered for a table whose header does not say (any other of the same form is taken too). */
    public static final List<String> SCALES = List.of("JD", "HJD", "BJD", "BJD_TDB", "MJD", "RJD",
            "HJD-2400000", "HJD-2450000", "JD-2400000", "JD-2450000");

    public ColumnMapping {
        if (scale != null) {
            String s = timeScaleOf(scale);
            if (s == null) {
                throw new IllegalArgumentException("unknown time scale '" + scale + "': expected JD, HJD, BJD, BJD_TDB, MJD, "
                        + "RJD, or one of them minus an offset, e.g. HJD-2450000");
            }
            scale = s;
        }
    }

    public ColumnMapping(String id, String time, String mag, String err, String band, String label) {
        this(id, time, mag, err, band, label, null);
    }

    /** This mapping with another time scale (null: the time column's name says). */
    public ColumnMapping withScale(String newScale) {
        return new ColumnMapping(id, time, mag, err, band, label, newScale);
    }

    private static final List<String> ID_NAMES = List.of("id", "star", "starid", "name", "object", "objectid",
            "objid", "masterid", "sourceid", "oid", "ident");
    private static final List<String> TIME_NAMES = List.of("time", "mjd", "hjd", "jd", "bjd", "bjdtdb", "t",
            "date", "datejd", "obstime", "mjdobs", "hjd2450000");
    private static final List<String> MAG_NAMES = List.of("mag", "magnitude", "m", "vmag", "imag", "rmag",
            "bmag", "gmag");
    private static final List<String> ERR_NAMES = List.of("err", "error", "magerr", "emag", "sigma", "merr",
            "dmag", "magerror", "sigmag", "magsigma", "uncertainty", "e");
    /** Prefixes of an error column named after its magnitude column (e_Vmag, sigma_Vmag) and suffixes (Vmag_err). */
    private static final List<String> ERR_PREFIXES = List.of("e", "err", "sig", "sigma", "d");
    private static final List<String> ERR_SUFFIXES = List.of("err", "error", "sigma", "e");
    /** Band names a magnitude column may start with ("Vmag", "Ks_mag", "BPmag"), as OGLE band folders. */
    private static final Pattern BAND_MAG = Pattern.compile("(" + OgleReader.BAND_NAMES + ")_?(?i:mag)");
    /**
     * A time column whose name says its scale: JD, HJD, BJD, MJD, RJD, with an optional time
     * standard (BJD_TDB) and offset (HJD-2450000), or date(jd); an optional unit "[d]".
     */
    private static final Pattern TIME_SCALE = Pattern.compile(
            "(?:date\\s*\\(\\s*)?([MHBR]?JD)(?:[_ ]?(TDB|UTC|TT|TCB|UT))?\\s*(?:\\)\\s*)?"
                    + "(?:-\\s*(\\d+(?:\\.\\d+)?))?\\s*(?:\\[\\s*d(?:ays?)?\\s*])?",
            Pattern.CASE_INSENSITIVE);
    
    private static final List<String> BAND_NAMES = List.of("band", "filter", "passband", "filt");
    private static final List<String> LABEL_NAMES = List.of("class", "label", "type", "varclass");
    static final List<String> RA_NAMES = List.of("ra", "raj2000", "radeg");
    static final List<String> DEC_NAMES = List.of("dec", "dej2000", "decj2000", "decdeg");

    /**
     * Parses "time=MJD,mag=Mag,err=3,scale=HJD-2450000" (keys id, time, mag, err, band, class/label, scale).
     * @throws IllegalArgumentException naming the bad entry
     */
    public static ColumnMapping parse(String spec) {
        String id = null, time = null, mag = null, err = null, band = null, label = null, scale = null;
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
                case "scale", "timescale" -> scale = value;
                default -> throw new IllegalArgumentException("unknown column key '" + key
                        + "': expected id, time, mag, err, band, class or scale");
            }
        }
        if (time == null || mag == null) {
            throw new IllegalArgumentException("column mapping must name at least time and mag, e.g. time=MJD,mag=Mag");
        }
        return new ColumnMapping(id, time, mag, err, band, label, scale);
    }

    /** The time scale of a table read with this mapping: the given one, else what the time column's name says, else null. */
    public String scaleFor(String timeColumnName) {
        return scale != null ? scale : timeScaleOf(timeColumnName);
    }

    /**
     * The mapping guessed from header names (case, spaces and punctuation ignored); entries not
     * found are null. Time: time, t, JD, HJD, BJD, BJD_TDB, MJD, HJD-2450000, date(jd)...;
     * magnitude: mag, magnitude, {@code <band>mag}; error: named after the magnitude column
     * (e_Vmag, Vmag_err) or err, magerr, e_mag, sigma, uncertainty, error; id: id, star, object,
     * name; band: band, filter, passband.
     */
    public static ColumnMapping guess(List<String> header) {
        String time = find(header, TIME_NAMES);
        for (int i = 0; i < header.size() && time == null; i++) if (timeScaleOf(header.get(i)) != null) time = header.get(i);
        String mag = find(header, MAG_NAMES);
        for (int i = 0; i < header.size() && mag == null; i++) if (BAND_MAG.matcher(normalizeKeepCase(header.get(i))).matches()) mag = header.get(i);
        return new ColumnMapping(find(header, ID_NAMES), time, mag, errorFor(mag, header), find(header, BAND_NAMES),
                find(header, LABEL_NAMES));
    }

    /** The error column of a magnitude column: e_Vmag or Vmag_err first, then a generic name. */
    static String errorFor(String mag, List<String> header) {
        if (mag != null) {
            String m = normalize(mag);
            List<String> named = new ArrayList<>();
            for (String p : ERR_PREFIXES) named.add(p + m);
            for (String sfx : ERR_SUFFIXES) named.add(m + sfx);
            String e = find(header, named);
            if (e != null) return e;
        }
        return find(header, ERR_NAMES);
    }

    /**
     * The time scale and origin a column name states ("JD", "HJD", "BJD_TDB", "MJD",
     * "HJD-2450000"), or null when the name does not say (time, t, date).
     */
    public static String timeScaleOf(String columnName) {
        if (columnName == null) return null;
        String n = columnName.trim();
        if (normalize(n).equals("mjdobs")) return "MJD";
        Matcher m = TIME_SCALE.matcher(n);
        if (!m.matches()) return null;
        String scale = m.group(1).toUpperCase(Locale.ROOT);
        if (m.group(2) != null) scale += "_" + m.group(2).toUpperCase(Locale.ROOT);
        if (m.group(3) != null) scale += "-" + m.group(3);
        return scale;
    }

    /** The band a magnitude column is named after ("Vmag" gives V), or null. */
    static String bandOfMagColumn(String columnName) {
        if (columnName == null) return null;
        Matcher m = BAND_MAG.matcher(normalizeKeepCase(columnName));
        return m.matches() ? m.group(1) : null;
    }

    /** The header's magnitude columns named after a band ("Vmag", "Imag") other than {@code chosen}. */
    static List<String> otherBandMagColumns(List<String> header, String chosen) {
        List<String> out = new ArrayList<>();
        for (String h : header) if (!h.equals(chosen) && bandOfMagColumn(h) != null) out.add(h);
        return out;
    }

    /** A column whose name says it holds fluxes, or null. */
    static String fluxColumn(List<String> header) {
        for (String h : header) if (normalize(h).contains("flux")) return h;
        return null;
    }

    public boolean hasTimeAndMag() { return time != null && mag != null; }

    static String find(List<String> header, List<String> candidates) {
        for (String c : candidates) {
            for (String h : header) if (normalize(h).equals(c)) return h;
        }
        return null;
    }

    /** Letters, digits and '_', case kept: the band in "Ks_mag" or "imag" is case-sensitive (i is not I). */
    private static String normalizeKeepCase(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char ch : name.toCharArray()) if (Character.isLetterOrDigit(ch) || ch == '_') sb.append(ch);
        return sb.toString();
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
        if (scale != null) parts.add("scale=" + scale);
        return String.join(",", parts);
    }
}
