package org.cepheus.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Problems of one file. Bad lines are skipped and reported, but only the first few one by one:
 * a file of junk must not bury the user under thousands of identical messages.
 */
final class FileProblems {
    static final int REPORTED_LINES = 5;
    /** A last row cut off by a copy or download that stopped early. */
    static final String TRUNCATED = "truncated: the last row is incomplete (the file does not end with a newline)";

    private final Path file;
    private final List<LoadProblem> problems = new ArrayList<>();
    private int badLines;
    private LoadProblem firstBadLine;

    FileProblems(Path file) { this.file = file; }

    void badLine(int line, String message) {
        badLines++;
        LoadProblem p = new LoadProblem(file, line, message + " (line skipped)");
        if (firstBadLine == null) firstBadLine = p;
        if (badLines <= REPORTED_LINES) problems.add(p);
    }

    void file(String message) { problems.add(new LoadProblem(file, 0, message)); }

    /** Reports a curve whose errors are dropped because only some of its rows have one. */
    void partialErrors(CurveBuilder b) {
        if (b.hasPartialErrors()) {
            file("star " + b.id + (b.band.isEmpty() ? "" : " band " + b.band) + ": some rows have no error; errors dropped for this curve");
        }
    }

    int badLines() { return badLines; }

    LoadProblem firstBadLine() { return firstBadLine; }

    List<LoadProblem> list() {
        List<LoadProblem> out = new ArrayList<>(problems);
        if (badLines > REPORTED_LINES) {
            out.add(new LoadProblem(file, 0, (badLines - REPORTED_LINES) + " more bad lines skipped"));
        }
        return out;
    }

    /** Drops the per-line reports in favour of one message about the whole file. */
    List<LoadProblem> wholeFile(String message) {
        List<LoadProblem> out = new ArrayList<>();
        for (LoadProblem p : problems) if (p.line() == 0) out.add(p);
        out.add(new LoadProblem(file, firstBadLine == null ? 0 : firstBadLine.line(), message));
        return out;
    }
}
