package org.cepheus.lightcurve;

import java.util.Arrays;
import java.util.Collection;
import org.cepheus.catalog.LightCurve;

/**
 * Bin edges of a dm-dt image: dm (magnitudes, rows) and dt (days, columns), both strictly increasing.
 * Bins are half-open [e_k, e_k+1) except the last, which includes its upper edge (numpy.histogram2d's
 * convention, so images match the reference Python code). Pairs outside the edges are not counted.
 */
public record DmDtGrid(double[] dmEdges, double[] dtEdges) {

    public DmDtGrid {
        dmEdges = checked(dmEdges, "dmEdges");
        dtEdges = checked(dtEdges, "dtEdges");
    }

    private static double[] checked(double[] e, String name) {
        if (e == null || e.length < 2) throw new IllegalArgumentException(name + " needs at least 2 edges");
        for (int i = 0; i < e.length; i++) {
            if (!Double.isFinite(e[i])) throw new IllegalArgumentException(name + "[" + i + "] is not finite");
            if (i > 0 && !(e[i] > e[i - 1])) throw new IllegalArgumentException(name + " must be strictly increasing at index " + i);
        }
        return e.clone();
    }

    /** The fixed 22 dm x 24 dt edges of Mahabal et al. 2017, from the dmdt preset. */
    public static DmDtGrid mahabal() {
        DmDtPreset.FixedEdges f = DmDtPreset.defaults().mahabal();
        return new DmDtGrid(f.dmEdges(), f.dtEdges());
    }

    /** The paper's recipe with the preset's range settings; see {@link FreedmanDiaconisGrid}. */
    public static DmDtGrid freedmanDiaconis(Collection<LightCurve> curves) {
        return FreedmanDiaconisGrid.build(curves, DmDtPreset.defaults().freedmanDiaconis());
    }

    /** The preset's default recipe (dmdt.json "bins"). */
    public static String defaultRecipe() {
        return DmDtPreset.defaults().bins();
    }

    public int dmBins() { return dmEdges.length - 1; }
    public int dtBins() { return dtEdges.length - 1; }
    /** Length of a flattened image: dmBins * dtBins. */
    public int cells() { return dmBins() * dtBins(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof DmDtGrid g && Arrays.equals(dmEdges, g.dmEdges) && Arrays.equals(dtEdges, g.dtEdges);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(dmEdges) + Arrays.hashCode(dtEdges); }

    @Override
    public String toString() {
        return "DmDtGrid[" + dmBins() + " dm x " + dtBins() + " dt, dm " + dmEdges[0] + ".." + dmEdges[dmBins()]
                + " mag, dt " + dtEdges[0] + ".." + dtEdges[dtBins()] + " d]";
    }
}
