package org.cepheus.lightcurve;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Science parameters read from JSON presets on the classpath (resources/presets/NAME). */
public final class Presets {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Presets() { }

    public static <T> T read(String name, Class<T> type) {
        String resource = "/presets/" + name;
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset " + resource + " missing from the classpath");
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + resource + ": " + e.getMessage(), e);
        }
    }
}
