package org.cepheus.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Pictures of the workbench taken by itself (FX thread), written atomically as PNG. */
public final class Snapshots {
    private Snapshots() { }

    public static Path save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".shot", ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
