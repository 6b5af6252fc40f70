package org.cepheus.catalog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one file of a catalog walk: a labels table, an OGLE side table or light curves. Reads
 * small files once into memory and hands the bytes to the text readers. Never throws: every
 * failure is a problem naming the file.
 */
final class FileLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FileLoader.class);
    private static final String EXPECTED = "expected OGLE (HJD mag err), CRTS CSV, a delimited table with time and "
            + "mag columns, FITS, VOTable or ECSV";

    /** What one file gave. */
    record Outcome(List<LightCurve> curves, List<LoadProblem> problems, LabelsTable labels, OgleTables.Table ogle) {
        static Outcome of(ReadResult r) { return new Outcome(r.curves(), r.problems(), null, null); }
        static Outcome problem(Path file, String message) {
            return new Outcome(List.of(), List.of(new LoadProblem(file, 0, message)), null, null);
        }
    }

    private final ReaderRegistry registry;
    private final CatalogReader forced; // null = detect
    private final Set<Path> allFiles;
    private final boolean explicitLabels;

    FileLoader(ReaderRegistry registry, CatalogReader forced, Set<Path> allFiles, boolean explicitLabels) {
        this.registry = registry;
        this.forced = forced;
        this.allFiles = allFiles;
        this.explicitLabels = explicitLabels;
    }

    Outcome load(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) return Outcome.problem(file, "empty file");
            boolean whole = size <= CatalogLoader.wholeFileLimit();
            byte[] content = whole ? Files.readAllBytes(file) : null;
            byte[] head = whole ? (content.length <= CatalogLoader.headBytes() ? content
                    : Arrays.copyOf(content, CatalogLoader.headBytes())) : CatalogLoader.head(file);
            if (whole && LabelsTable.looksLikeLabels(head)) {
                if (explicitLabels) return new Outcome(List.of(), List.of(), null, null); // --labels given: others ignored
                LabelsTable t = LabelsTable.parse(file, content, allFiles);
                return new Outcome(List.of(), t.problems(), t, null);
            }
            if (whole && OgleTables.isIdent(head)) {
                OgleTables.Table t = OgleTables.readIdent(file, content);
                return new Outcome(List.of(), t.problems(), null, t);
            }
            if (whole && OgleTables.isParameters(head)) {
                OgleTables.Table t = OgleTables.readParameters(file, content);
                return new Outcome(List.of(), t.problems(), null, t);
            }
            CatalogReader reader = forced != null ? forced : registry.detect(file, head).orElse(null);
            if (reader == null) return Outcome.problem(file, unrecognised(head));
            if (whole && reader instanceof TextCatalogReader text) return Outcome.of(text.parse(file, content));
            return Outcome.of(reader.read(file));
        } catch (AccessDeniedException e) {
            return Outcome.problem(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            return Outcome.problem(file, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.debug("unexpected failure reading {}", file, e);
            return Outcome.problem(file, "could not read the file (" + e + ")");
        }
    }

    private static String unrecognised(byte[] head) {
        if (!TextCatalogReader.looksLikeText(head)) return "binary content, not a light-curve table (" + EXPECTED + ")";
        LineTokenizer tok = new LineTokenizer(head, LineTokenizer.Delimiter.WHITESPACE);
        String first = tok.next() ? tok.lineText() : "";
        return "unrecognised format, first line '" + first + "' (" + EXPECTED + ")";
    }
}
