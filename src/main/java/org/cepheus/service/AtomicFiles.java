package org.cepheus.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.util.regex.Pattern;

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
        removeStaleTemporaries(dir);
        // a sibling with a random name, created like any new file (umask permissions, unlike
        // createTempFile's owner-only ones, which the moved file would keep)
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            FileChannel channel;
            try {
                channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                throw new IOException("cannot write " + abs + ": the folder " + dir + " is not writable", e);
            }
            // the lock tells a later run that this temporary is being written, not left over
            try (channel; OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel))) {
                channel.lock(); // released when the channel closes
                body.write(out);
                out.flush();
            }
            moveIntoPlace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Our temporaries: a dot, the target's name, a random hex number, ".tmp". */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Deletes the temporaries a killed run left in this folder. One still being written (by this
     * or another process) holds a lock on it and is left alone.
     */
    static int removeStaleTemporaries(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> TEMPORARY.matcher(p.getFileName().toString()).matches())) {
            for (Path f : files) {
                try (FileChannel c = FileChannel.open(f, StandardOpenOption.WRITE)) {
                    FileLock lock = c.tryLock();
                    if (lock == null) continue; // another process is writing it
                    lock.release();
                    Files.deleteIfExists(f);
                    removed++;
                } catch (OverlappingFileLockException e) {
                    // this process is writing it
                } catch (IOException e) {
                    // unreadable or vanished: not ours to worry about
                }
            }
        } catch (IOException e) {
            // listing failed: nothing to clean, the write itself reports real problems
        }
        return removed;
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
