package org.cepheus.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new model's default file names kind, catalog and date, and never replaces an earlier model. */
class DefaultModelPathTest {
    @Test
    void kindCatalogAndDateThenANumberRatherThanReplacing(@TempDir Path models) throws IOException {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Path first = TrainingView.defaultOutput(models, "cnn2d", "sample-data", day);
        assertEquals(models.resolve("cnn2d-sample-data-2026-12-01.zip"), first);
        Files.writeString(first, "an earlier model");
        assertEquals(models.resolve("cnn2d-sample-data-2026-12-01-2.zip"), TrainingView.defaultOutput(models, "cnn2d", "sample-data", day));
        assertEquals(models.resolve("hybrid-my_stars_v2-2026-12-01.zip"), TrainingView.defaultOutput(models, "hybrid", "my stars/v2", day));
        assertEquals(models.resolve("cnn-lstm-2026-12-01.zip"), TrainingView.defaultOutput(models, "cnn-lstm", null, day));
    }
}
