package org.cepheus.catalog;

import java.util.List;

/**
 * What a reader got from one file: the curves it could build and the problems it met.
 *
 * @param lines the source line of each point of each curve (same order as curves, points in the
 *              curve's time order), or empty when the reader does not know them
 * @param setAsideGiven the file itself says which points are set aside (Cepheus's export, with its
 *              set_aside column): the outlier rule is not run again on it, so an export reads back the same
 */
public record ReadResult(List<LightCurve> curves, List<LoadProblem> problems, List<int[]> lines, boolean setAsideGiven) {
    public ReadResult {
        curves = List.copyOf(curves);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        if (!lines.isEmpty() && lines.size() != curves.size()) throw new IllegalArgumentException("one line array per curve");
    }

    public ReadResult(List<LightCurve> curves, List<LoadProblem> problems, List<int[]> lines) {
        this(curves, problems, lines, false);
    }

    /** Without source lines (set-aside points are then named by time only). */
    public ReadResult(List<LightCurve> curves, List<LoadProblem> problems) {
        this(curves, problems, List.of());
    }

    /** The source lines of curve i's points, or null when unknown. */
    int[] linesOf(int i) {
        return lines.isEmpty() ? null : lines.get(i);
    }

    public static ReadResult failed(LoadProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
