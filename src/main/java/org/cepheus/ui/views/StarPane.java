package org.cepheus.ui.views;

import org.cepheus.ui.StarRow;

/** A tab of the star view: shows one star, computing what it needs when first shown. */
interface StarPane {
    void show(StarRow star);

    /** Stops what it computes in the background (another star was selected while it was hidden). */
    default void cancel() { }
}
