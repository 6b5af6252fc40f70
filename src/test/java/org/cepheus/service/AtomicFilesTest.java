package org.cepheus.service;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writtenFileHasThePermissionsOfAPlainNewFile(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("written.csv");
        AtomicFiles.writeText(written, w -> w.write("id\nCSS_J000020.4+103118\n"));
        assertEquals("id\nCSS_J000020.4+103118\n", Files.readString(written));
        // a temp file's owner-only 0600 would leave the output unreadable to the group and others
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        assertTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)).startsWith("rw-r"),
                "group can read under the usual umask");
    }

    @Test
    void replacingKeepsNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("grid.json");
        AtomicFiles.writeBytes(f, out -> out.write(new byte[]{1, 2}));
        AtomicFiles.writeBytes(f, out -> out.write(new byte[]{3}));
        assertArrayEquals(new byte[]{3}, Files.readAllBytes(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void failedWriteLeavesTheOldFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("model.zip");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(f, w -> {
            w.write("half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void missingFolderIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeText(missing.resolve("predictions.csv"), w -> w.write("x")));
        assertEquals("cannot write " + missing.resolve("predictions.csv") + ": the folder " + missing + " does not exist",
                e.getMessage());
        assertEquals(e.getMessage(), UserMessages.of(e), "the user reads the same single line");
        assertFalse(Files.exists(missing), "the folder is not created");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed(@TempDir Path dir) throws IOException {
        Path notADir = Files.writeString(dir.resolve("catalog.csv"), "");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeText(notADir.resolve("out.csv"), w -> w.write("x")));
        assertTrue(e.getMessage().endsWith(": " + notADir + " is not a folder"), e.getMessage());
    }

    @Test
    void temporariesLeftByAKilledRunGoOnTheNextWriteButOneBeingWrittenStays(@TempDir Path dir) throws IOException {
        Path leftover = Files.writeString(dir.resolve(".model.zip.5f3a9c1e2b7d4a60.tmp"), "half a model");
        Path other = Files.writeString(dir.resolve(".report.html.1c.tmp"), "half a report");
        Path unrelated = Files.writeString(dir.resolve(".notes.tmp"), "not ours: no hex part");
        Path f = dir.resolve("predictions.csv");
        AtomicFiles.writeText(f, w -> {
            // while this write runs, its own temporary is locked: a cleanup now must not touch it
            assertEquals(0, AtomicFiles.removeStaleTemporaries(dir));
            w.write("id\n");
        });
        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(other));
        assertTrue(Files.exists(unrelated));
        try (var s = Files.list(dir)) {
            assertEquals(java.util.Set.of("predictions.csv", ".notes.tmp"),
                    s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
