package org.cepheus.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A reader of text files parsed from bytes already in memory (the loader reads each file once). */
public abstract class TextCatalogReader implements CatalogReader {

    @Override
    public ReadResult read(Path path) throws IOException {
        return parse(path, Files.readAllBytes(path));
    }

    /** Parses a file's whole content. */
    public abstract ReadResult parse(Path path, byte[] content);

    /** Text, not binary: no NUL bytes and few control characters in the first KB. */
    static boolean looksLikeText(byte[] head) {
        int n = Math.min(head.length, 1024);
        int control = 0;
        for (int i = 0; i < n; i++) {
            byte b = head[i];
            if (b == 0) return false;
            if (b >= 0 && b < 32 && b != '\n' && b != '\r' && b != '\t') control++;
        }
        return control <= n / 100;
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }
}
