package org.cepheus.catalog;

import java.util.List;

/** What a reader got from one file: the curves it could build and the problems it met. */
public record ReadResult(List<LightCurve> curves, List<LoadProblem> problems) {
    public ReadResult {
        curves = List.copyOf(curves);
        problems = List.copyOf(problems);
    }

    public static ReadResult failed(LoadProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
