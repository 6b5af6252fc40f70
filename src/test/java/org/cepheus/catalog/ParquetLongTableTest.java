package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.cepheus.TestData;
import org.cepheus.service.AtomicFiles;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Parquet long table on the real curves of the test data: CSV export, then Parquet from the
 * CSV, read back equal to the catalog (stars, points, bands, time scales, set-aside points) in one
 * and in several row groups; other schemas, compressed, cut and damaged files refused naming the file.
 */
class ParquetLongTableTest {
    private static Catalog load(Path p) throws IOException {
        return CatalogLoader.load(p, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
    }

    private static void assertSameCurves(Catalog a, Catalog b, String what) {
        assertEquals(a.size(), b.size(), what);
        for (LightCurve x : a.curves()) {
            LightCurve y = b.curves().stream().filter(c -> c.id().equals(x.id()) && c.band().equals(x.band()))
                    .findFirst().orElseThrow(() -> new AssertionError(what + ": " + x.id() + " " + x.band() + " missing"));
            String id = what + " " + x.id() + " " + x.band();
            assertEquals(x.label(), y.label(), id);
            assertEquals(x.metadata().timeScale(), y.metadata().timeScale(), id);
            assertArrayEquals(x.time(), y.time(), id);
            assertArrayEquals(x.mag(), y.mag(), id);
            assertArrayEquals(x.err(), y.err(), id);
            assertArrayEquals(x.setAside().time(), y.setAside().time(), id);
            assertArrayEquals(x.setAside().mag(), y.setAside().mag(), id);
            assertArrayEquals(x.setAside().err(), y.setAside().err(), id);
            assertArrayEquals(x.setAside().reason(), y.setAside().reason(), id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"crts", "ogle-lmc-cep", "eros1-lmc"})
    void csvThenParquetReadsBackTheCatalog(String survey, @TempDir Path dir) throws IOException {
        Catalog original = load(TestData.root().resolve(survey));
        assertTrue(original.size() > 10, survey);
        Path csv = dir.resolve(survey + ".csv"), parquet = dir.resolve(survey + ".parquet");
        long csvRows = CatalogExport.write(original, csv);
        Catalog fromCsv = load(csv);
        assertEquals(csvRows, CatalogExport.write(fromCsv, parquet), "as many rows as the CSV");
        Catalog back = load(parquet);
        assertEquals(List.of(), back.problems());
        assertSameCurves(original, back, survey);
        assertEquals(original.classCounts(), back.classCounts());
        assertEquals(csvRows, back.curves().stream().mapToLong(c -> c.size() + c.setAside().size()).sum());
        assertEquals("parquet", ReaderRegistry.standard(null).detect(parquet, Files.readAllBytes(parquet)).orElseThrow().name());
    }

    @Test
    void severalRowGroupsReadBackInOrder(@TempDir Path dir) throws IOException {
        Catalog crts = load(TestData.crts());
        Path out = dir.resolve("groups.parquet");
        AtomicFiles.writeBytes(out, os -> ParquetLongTable.write(crts, os, 256 << 10));
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(out),
                ParquetReadOptions.builder(new PlainParquetConfiguration()).build())) {
            assertTrue(r.getRowGroups().size() >= 4, r.getRowGroups().size() + " row groups");
            assertEquals(ParquetLongTable.SCHEMA, r.getFileMetaData().getSchema());
        }
        assertSameCurves(crts, load(out), "row groups of 256 KB");
    }

    private static Path writeOther(Path file, String schema, CompressionCodecName codec) throws IOException {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(file)).withConf(new PlainParquetConfiguration())
                .withType(type).withCompressionCodec(codec).withCodecFactory(new JdkGzip()).build()) {
            SimpleGroupFactory f = new SimpleGroupFactory(type);
            for (int i = 0; i < 10; i++) {
                Group g = f.newGroup();
                for (var field : type.getFields()) {
                    switch (field.asPrimitiveType().getPrimitiveTypeName()) {
                        case BINARY -> g.append(field.getName(), "s" + i);
                        case INT64 -> g.append(field.getName(), (long) i);
                        default -> g.append(field.getName(), 10.0 + i);
                    }
                }
                w.write(g);
            }
        }
        return file;
    }

    /** GZIP pages through java.util.zip (parquet-java's own GZIP codec needs Hadoop's Configuration at run time). */
    private static final class JdkGzip implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    if (codec == CompressionCodecName.UNCOMPRESSED) return bytes;
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(b)) {
                        bytes.writeAllTo(z);
                    }
                    return BytesInput.from(b.toByteArray());
                }

                @Override
                public CompressionCodecName getCodecName() { return codec; }

                @Override
                public void release() { }
            };
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) { throw new UnsupportedOperationException(); }

        @Override
        public void release() { }
    }

    private static LoadProblem onlyProblem(Path file) throws IOException {
        Catalog c = load(file);
        assertEquals(0, c.size(), c.curves()::toString);
        assertEquals(1, c.problems().size(), c.problems()::toString);
        LoadProblem p = c.problems().get(0);
        assertEquals(file.getFileName(), p.file().getFileName(), "the problem names the file");
        return p;
    }

    @Test
    void anotherSchemaIsRefusedWithItsColumns(@TempDir Path dir) throws IOException {
        Path f = writeOther(dir.resolve("other.parquet"),
                "message m { required binary id (STRING); required int64 time; required double mag; }", CompressionCodecName.UNCOMPRESSED);
        String m = onlyProblem(f).message();
        assertTrue(m.contains("not Cepheus's long table") && m.contains("found id (string), time (int64), mag (double)"), m);
        // the right names with a wrong type: time as text
        Path g = writeOther(dir.resolve("texttime.parquet"), "message m { required binary id (STRING); required binary band (STRING); "
                + "required binary time (STRING); required double mag; optional double err; optional binary class (STRING); "
                + "optional binary time_scale (STRING); optional binary set_aside (STRING); }", CompressionCodecName.UNCOMPRESSED);
        assertTrue(onlyProblem(g).message().contains("time (string)"), onlyProblem(g).message());
    }

    @Test
    void aCompressedFileIsRefusedSayingHowToWriteIt(@TempDir Path dir) throws IOException {
        Path f = writeOther(dir.resolve("gzip.parquet"), "message m { required binary id (STRING); required binary band (STRING); "
                + "required double time; required double mag; optional double err; optional binary class (STRING); "
                + "optional binary time_scale (STRING); optional binary set_aside (STRING); }", CompressionCodecName.GZIP);
        String m = onlyProblem(f).message();
        assertTrue(m.contains("compressed with GZIP") && m.contains("uncompressed"), m);
    }

    /** The bytes of the CRTS test catalog exported to Parquet. */
    private static byte[] crtsParquet(Path dir) throws IOException {
        Path out = dir.resolve("crts.parquet");
        CatalogExport.write(load(TestData.crts()), out);
        return Files.readAllBytes(out);
    }

    @Test
    void aDamagedPageIsReportedNotReadAsNumbers(@TempDir Path dir) throws IOException {
        byte[] b = crtsParquet(dir);
        b[b.length / 2] ^= 0x5a; // inside a data page of a time or magnitude column
        Path bad = dir.resolve("damaged.parquet");
        Files.write(bad, b);
        String m = onlyProblem(bad).message();
        assertTrue(m.contains("damaged Parquet data") && m.contains("checksum"), m);
    }

    @Test
    void aCutFileIsReportedTruncated(@TempDir Path dir) throws IOException {
        byte[] b = crtsParquet(dir);
        for (int length : new int[]{5, 11, b.length / 3, b.length - 9}) {
            Path cut = dir.resolve("cut" + length + ".parquet");
            Files.write(cut, java.util.Arrays.copyOf(b, length));
            String m = onlyProblem(cut).message();
            assertTrue(m.contains("truncated") && !m.contains(cut.toAbsolutePath().toString()) && !m.contains("@"), m);
        }
    }
}
