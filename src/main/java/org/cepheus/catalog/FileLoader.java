package org.cepheus.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
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
            + "mag columns, FITS, VOTable, ECSV or Cepheus's Parquet long table";

    /** What one file gave. */
    record Outcome(List<LightCurve> curves, List<LoadProblem> problems, LabelsTable labels, OgleTables.Table ogle,
                   ReadResult read) {
        Outcome(List<LightCurve> curves, List<LoadProblem> problems, LabelsTable labels, OgleTables.Table ogle) {
            this(curves, problems, labels, ogle, null);
        }

        static Outcome of(ReadResult r) { return new Outcome(r.curves(), r.problems(), null, null, r); }

        /** With the light curves' gross outliers set aside (see {@link Outliers}). */
        Outcome withoutOutliers(Path file, Outliers outliers) {
            return read == null || outliers == null ? this : of(outliers.apply(file, read));
        }

        /** Whether the file gave nothing usable because of a problem. */
        boolean skipped() { return curves.isEmpty() && labels == null && ogle == null && !problems.isEmpty(); }
        static Outcome problem(Path file, String message) {
            return new Outcome(List.of(), List.of(new LoadProblem(file, 0, message)), null, null);
        }
    }

    private final ReaderRegistry registry;
    private final CatalogReader forced; // null = detect
    private final Set<Path> allFiles;
    private final boolean explicitLabels;

    private final MemoryBudget budget;

    FileLoader(ReaderRegistry registry, CatalogReader forced, Set<Path> allFiles, boolean explicitLabels, MemoryBudget budget) {
        this.budget = budget;
        this.registry = registry;
        this.forced = forced;
        this.allFiles = allFiles;
        this.explicitLabels = explicitLabels;
    }

    Outcome load(Path file) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) return Outcome.problem(file, "empty file");
            String tooLarge = budget.tooLarge(size);
            if (tooLarge != null) return Outcome.problem(file, tooLarge);
            boolean whole = size <= CatalogLoader.wholeFileLimit();
            byte[] content = whole ? readFully(channel, (int) size) : null;
            byte[] head = whole ? (content.length <= CatalogLoader.headBytes() ? content
                    : Arrays.copyOf(content, CatalogLoader.headBytes())) : CatalogLoader.head(file);
            // light-curve readers first (the common case); side tables never look like light curves
            CatalogReader reader = forced != null ? null : registry.detect(file, head).orElse(null);
            if (reader == null && whole) {
                Outcome side = sideTable(file, head, content);
                if (side != null) return side;
            }
            if (forced != null) reader = forced;
            if (reader == null) return Outcome.problem(file, unrecognised(head));
            if (whole && reader instanceof TextCatalogReader text) return Outcome.of(text.parse(file, content));
            return Outcome.of(reader.read(file));
        } catch (AccessDeniedException e) {
            return Outcome.problem(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            return Outcome.problem(file, "cannot read the file: " + e.getMessage());
        } catch (StackOverflowError e) {
            // a pathological nesting in a library parser must cost this file only, not the whole load
            return Outcome.problem(file, "could not read the file: structure nested too deeply");
        } catch (OutOfMemoryError e) {
            return Outcome.problem(file, "could not read the file: it needs more memory than the Java heap allows ("
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB; start Java with a larger -Xmx)");
        } catch (RuntimeException e) {
            LOG.debug("unexpected failure reading {}", file, e);
            return Outcome.problem(file, "could not read the file (" + e + ")");
        }
    }

    /** A labels table or an OGLE side table, or null. */
    private Outcome sideTable(Path file, byte[] head, byte[] content) {
        if (LabelsTable.looksLikeLabels(head)) {
            if (explicitLabels) return new Outcome(List.of(), List.of(), null, null); // --labels given: others ignored
            LabelsTable t = LabelsTable.parse(file, content, allFiles);
            return new Outcome(List.of(), t.problems(), t, null);
        }
        if (OgleTables.isIdent(head)) {
            OgleTables.Table t = OgleTables.readIdent(file, content);
            return new Outcome(List.of(), t.problems(), null, t);
        }
        if (OgleTables.isParameters(head)) {
            OgleTables.Table t = OgleTables.readParameters(file, content);
            return new Outcome(List.of(), t.problems(), null, t);
        }
        return null;
    }

    private static byte[] readFully(FileChannel channel, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining() && channel.read(buf) >= 0) { /* keep reading */ }
        return buf.hasRemaining() ? Arrays.copyOf(bytes, buf.position()) : bytes; // file shrank meanwhile
    }

    private static String unrecognised(byte[] head) {
        if (!TextCatalogReader.looksLikeText(head)) return "binary content, not a light-curve table (" + EXPECTED + ")";
        String table = DelimitedReader.unmappedTable(head);
        if (table != null) return table;
        LineTokenizer tok = new LineTokenizer(head, LineTokenizer.Delimiter.WHITESPACE);
        String first = tok.next() ? tok.lineText() : "";
        return "unrecognised format, first line '" + first + "' (" + EXPECTED + ")";
    }
}
