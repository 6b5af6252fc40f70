package org.cepheus.learn;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cepheus.lightcurve.DmDtGrid;
import org.cepheus.service.AtomicFiles;

/**
 * A dm-dt grid kept as a JSON file ({"dmEdges": [...], "dtEdges": [...]}), so the same
 * Freedman-Diaconis edges can be reused across runs. Lives here rather than in lightcurve, which
 * does no file I/O.
 */
public final class DmDtGridFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DmDtGridFile() { }

    public static void save(DmDtGrid grid, Path file) throws IOException {
        byte[] json = JSON.writeValueAsBytes(grid);
        AtomicFiles.writeBytes(file, out -> out.write(json));
    }

    public static DmDtGrid load(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(file), DmDtGrid.class);
        } catch (com.fasterxml.jackson.core.JacksonException | IllegalArgumentException e) {
            throw new IOException(file + ": not a dm-dt grid (" + e.getMessage() + ")", e);
        }
    }
}
