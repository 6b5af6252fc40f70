package org.cepheus.catalog;

import java.util.List;

/**
 * What a reader got from one file: the curves it could build and the problems it met.
 *
 * @param lines the source line of each point of each curve (same order as curves, points in the
 *              curve's time order), or empty when the reader does not know them
 */
public record ReadResult(List<LightCurve> curves, List<LoadProblem> problems, List<int[]> lines) {
    public ReadResult {
        curves = List.copyOf(curves);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        if (!lines.isEmpty() && lines.size() != curves.size()) throw new IllegalArgumentException("one line array per curve");
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
