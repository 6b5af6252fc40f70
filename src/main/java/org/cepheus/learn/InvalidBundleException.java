package org.cepheus.learn;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: corrupt, of another format version, or not matching the data. */
public class InvalidBundleException extends IOException {
    public InvalidBundleException(Path file, String reason) {
        super((file == null ? "model" : file.toString()) + ": " + reason);
    }

    public InvalidBundleException(Path file, String reason, Throwable cause) {
        super((file == null ? "model" : file.toString()) + ": " + reason, cause);
    }
}
