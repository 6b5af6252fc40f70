package org.cepheus.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling then moves it into place, so a reader never sees a
 * half-written file and a failed write leaves the old one intact. Every file Cepheus writes goes
 * through here. The folder must exist: a mistyped output path is reported, not created.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private AtomicFiles() { }

    /** Something that writes text or bytes and may fail with an I/O error. */
    @FunctionalInterface
    public interface IoWriter<T> {
        void write(T target) throws IOException;
    }

    public static void writeText(Path target, IoWriter<BufferedWriter> body) throws IOException {
        writeBytes(target, out -> {
            BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.write(w);
            w.flush();
        });
    }

    public static void writeBytes(Path target, IoWriter<OutputStream> body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IOException("cannot write " + abs + ": " + (Files.exists(dir)
                    ? dir + " is not a folder" : "the folder " + dir + " does not exist"));
        }
        // a sibling with a random name, created like any new file (umask permissions, unlike
        // createTempFile's owner-only ones, which the moved file would keep)
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
                body.write(out);
            }
            moveIntoPlace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code target} by {@code finished} in one step where the file system allows. */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
