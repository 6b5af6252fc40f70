package org.cepheus.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.cepheus.service.AtomicFiles;

/** Pictures of the workbench taken by itself (FX thread), written atomically as PNG. */
public final class Snapshots {
    private Snapshots() { }

    public static Path save(Scene scene, Path file) throws IOException {
        WritableImage image = scene.snapshot(null);
        var picture = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.writeBytes(file, out -> {
            if (!ImageIO.write(picture, "png", out)) throw new IOException("no PNG writer for " + file);
        });
        return file;
    }
}
