package org.cepheus.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;

/**
 * Cepheus's long table ({@link CatalogExport#COLUMNS}) as Parquet: written by {@code catalog export}
 * to a {@code .parquet} file and read back by this reader (the "parquet" format), so that
 * {@code classify}, the workbench and the Spark job open it. Uncompressed (no codec library is
 * shipped: doubles of light curves hardly compress; ids and bands are dictionary-encoded), in row
 * groups of {@link #ROW_GROUP_BYTES}, streamed one row at a time, no Hadoop file system: local files only.
 * The reader takes only this table's schema (and the older one without time_scale and set_aside),
 * uncompressed and unencrypted, and refuses a file whose row groups point at another file.
 */
public final class ParquetLongTable implements CatalogReader {
    /** Row groups of about this many bytes (~1.3 million rows): bounded memory while writing and reading. */
    static final long ROW_GROUP_BYTES = 16L << 20;
    private static final byte[] MAGIC = {'P', 'A', 'R', '1'};
    private static final List<String> TEXT_COLUMNS = List.of("id", "band", "class", CatalogExport.TIME_SCALE_COLUMN,
            CatalogExport.SET_ASIDE_COLUMN);
    /** Columns that may be null: a missing error, class, time scale or set-aside reason. */
    private static final List<String> OPTIONAL = List.of("err", "class", CatalogExport.TIME_SCALE_COLUMN,
            CatalogExport.SET_ASIDE_COLUMN);
    static final MessageType SCHEMA = schema();

    private static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String c : CatalogExport.COLUMNS) {
            Type.Repetition r = OPTIONAL.contains(c) ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            if (TEXT_COLUMNS.contains(c)) b.primitive(PrimitiveTypeName.BINARY, r).as(LogicalTypeAnnotation.stringType()).named(c);
            else b.primitive(PrimitiveTypeName.DOUBLE, r).named(c);
        }
        return b.named("cepheus_light_curves");
    }

    @Override
    public String name() { return "parquet"; }

    @Override
    public boolean canRead(Path path, byte[] head) {
        return head.length >= MAGIC.length && java.util.Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    // ---------------------------------------------------------------- writing

    /** Writes the catalog's rows (each curve's points, then its set-aside points) to the stream, which stays open. */
    static void write(Catalog catalog, OutputStream os) throws IOException { write(catalog, os, ROW_GROUP_BYTES); }

    /** @param rowGroupBytes the row group size (tests use small ones to get several groups from small catalogs) */
    static void write(Catalog catalog, OutputStream os, long rowGroupBytes) throws IOException {
        Cursor row = new Cursor();
        try (ParquetWriter<Cursor> w = new Builder(new StreamFile(os)).withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withRowGroupSize(rowGroupBytes).withPageWriteChecksumEnabled(true).withExtraMetaData(Map.of("cepheus.table", "light curves, long format"))
                .build()) {
            for (LightCurve c : catalog.curves()) {
                row.of(c);
                for (int i = 0; i < c.size() + c.setAside().size(); i++) {
                    row.index = i;
                    w.write(row);
                }
            }
        }
    }

    /** One row of one curve: the curve's texts encoded once, the point by index (set-aside points after the curve's). */
    private static final class Cursor {
        LightCurve curve;
        Binary id, band, label, scale;
        int index;

        void of(LightCurve c) {
            curve = c;
            id = Binary.fromString(c.id());
            band = Binary.fromString(c.band());
            label = c.label() == null ? null : Binary.fromString(c.label());
            scale = c.metadata().timeScale() == null ? null : Binary.fromString(c.metadata().timeScale());
        }
    }

    private static final class Support extends WriteSupport<Cursor> {
        private static final Binary[] REASONS = reasons();
        private RecordConsumer out;

        private static Binary[] reasons() {
            SetAside.Reason[] r = SetAside.Reason.values();
            Binary[] b = new Binary[r.length];
            for (int i = 0; i < r.length; i++) b[i] = Binary.fromString(r[i].name().toLowerCase(Locale.ROOT));
            return b;
        }

        @Override
        public WriteContext init(Configuration conf) { return new WriteContext(SCHEMA, Map.of()); }

        @Override
        public WriteContext init(ParquetConfiguration conf) { return new WriteContext(SCHEMA, Map.of()); }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) { out = recordConsumer; }

        @Override
        public void write(Cursor r) {
            LightCurve c = r.curve;
            int i = r.index, a = i - c.size(); // a: index among the set-aside points
            boolean point = a < 0;
            double e = point ? (c.err() == null ? Double.NaN : c.err()[i]) : c.setAside().err()[a];
            out.startMessage();
            text(0, r.id);
            text(1, r.band);
            number(2, point ? c.time()[i] : c.setAside().time()[a]);
            number(3, point ? c.mag()[i] : c.setAside().mag()[a]);
            if (!Double.isNaN(e)) number(4, e);
            text(5, r.label);
            text(6, r.scale);
            text(7, point ? null : REASONS[c.setAside().reason()[a].ordinal()]);
            out.endMessage();
        }

        private void text(int field, Binary value) {
            if (value == null) return; // a null cell of an optional column
            String name = CatalogExport.COLUMNS[field];
            out.startField(name, field);
            out.addBinary(value);
            out.endField(name, field);
        }

        private void number(int field, double value) {
            String name = CatalogExport.COLUMNS[field];
            out.startField(name, field);
            out.addDouble(value);
            out.endField(name, field);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Cursor, Builder> {
        Builder(OutputFile file) { super(file); }

        @Override
        protected Builder self() { return this; }

        @Override
        protected WriteSupport<Cursor> getWriteSupport(Configuration conf) { return new Support(); }

        @Override
        protected WriteSupport<Cursor> getWriteSupport(ParquetConfiguration conf) { return new Support(); }
    }

    /**
     * The stream of the project's atomic file writer seen as a Parquet output file; closing it
     * only flushes (the atomic writer closes and moves the file).
     */
    private static final class StreamFile implements OutputFile {
        private final OutputStream os;

        StreamFile(OutputStream os) { this.os = os; }

        @Override
        public PositionOutputStream create(long blockSizeHint) { return stream(); }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) { return stream(); }

        @Override
        public boolean supportsBlockSize() { return false; }

        @Override
        public long defaultBlockSize() { return 0; }

        private PositionOutputStream stream() {
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() { return pos; }

                @Override
                public void write(int b) throws IOException {
                    os.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    os.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException { os.flush(); }

                @Override
                public void close() throws IOException { os.flush(); }
            };
        }
    }

    // ---------------------------------------------------------------- reading

    @Override
    public ReadResult read(Path path) throws IOException {
        ParquetFileReader reader;
        try {
            reader = ParquetFileReader.open(new LocalInputFile(path),
                    ParquetReadOptions.builder(new PlainParquetConfiguration()).usePageChecksumVerification(true).build());
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(new LoadProblem(path, 0, "not a readable Parquet file (damaged or truncated): " + words(e, path)));
        }
        try (reader) {
            String refused = refusal(reader);
            if (refused != null) return ReadResult.failed(new LoadProblem(path, 0, refused));
            return StilReader.readTable(path, new Table(reader), null, false);
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(new LoadProblem(path, 0, "damaged Parquet data: " + words(e, path)));
        }
    }

    /**
     * The library's message in words: without the file's full path (the problem names the file),
     * Thrift's "can not read class org.apache.parquet.format.X: don't know what type: 14" said plainly,
     * other class names without their packages.
     */
    static String words(Exception e, Path path) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return "the Parquet library gave no reason";
        m = m.replace(path.toAbsolutePath().toString(), "file").replace(path.toString(), "file")
                .replaceAll("\\b\\w*InputFile@[0-9a-f]+", "file"); // LocalInputFile has no toString of its own
        if (m.contains("org.apache.parquet.format.PageHeader")) return "a page header cannot be decoded";
        if (m.contains("org.apache.parquet.format.")) return "the footer (schema and row-group index) cannot be decoded";
        m = m.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z]\\w*)", "$1");
        return Character.isDigit(m.charAt(m.length() - 1)) ? m + " (damaged bytes)" : m;
    }

    /** Why this file is not a long table this reader takes, or null. */
    static String refusal(ParquetFileReader reader) {
        FileMetaData meta = reader.getFileMetaData();
        if (meta.getEncryptionType() != FileMetaData.EncryptionType.UNENCRYPTED) return "encrypted Parquet files are not read";
        MessageType schema = meta.getSchema();
        List<String> names = new ArrayList<>();
        for (Type t : schema.getFields()) names.add(t.getName());
        boolean typesRight = CatalogExport.isExportHeader(names);
        for (Type t : schema.getFields()) {
            if (!typesRight) break;
            typesRight = t.isPrimitive() && !t.isRepetition(Type.Repetition.REPEATED)
                    && t.asPrimitiveType().getPrimitiveTypeName() == SCHEMA.getType(t.getName()).asPrimitiveType().getPrimitiveTypeName();
        }
        if (!typesRight) {
            return "not Cepheus's long table (as catalog export writes it): expected the columns " + described(SCHEMA)
                    + "; found " + described(schema);
        }
        for (int g = 0; g < reader.getRowGroups().size(); g++) {
            BlockMetaData block = reader.getRowGroups().get(g);
            if (block.getPath() != null && !block.getPath().isEmpty()) {
                return "row group " + (g + 1) + " points at another file ('" + block.getPath() + "'): no reader opens what a file points to";
            }
            for (ColumnChunkMetaData column : block.getColumns()) {
                if (column.getCodec() != CompressionCodecName.UNCOMPRESSED) {
                    return "column " + column.getPath().toDotString() + " is compressed with " + column.getCodec()
                            + ": Cepheus reads uncompressed Parquet (as catalog export writes it; from Spark: option compression none)";
                }
            }
        }
        return null;
    }

    private static String described(MessageType schema) {
        StringBuilder b = new StringBuilder();
        for (Type t : schema.getFields()) {
            b.append(b.length() == 0 ? "" : ", ").append(t.getName()).append(" (");
            if (!t.isPrimitive()) b.append("group");
            else {
                PrimitiveType p = t.asPrimitiveType();
                b.append(p.getPrimitiveTypeName() == PrimitiveTypeName.BINARY ? "string" : p.getPrimitiveTypeName().name().toLowerCase(Locale.ROOT));
                if (t.isRepetition(Type.Repetition.REPEATED)) b.append(", repeated");
            }
            b.append(')');
        }
        return b.toString();
    }

    /** The file's row groups as a STIL table read once, in order, one row group in memory at a time. */
    private static final class Table extends AbstractStarTable {
        private final ParquetFileReader reader;
        private final MessageType schema;

        Table(ParquetFileReader reader) {
            this.reader = reader;
            this.schema = reader.getFileMetaData().getSchema();
        }

        @Override
        public int getColumnCount() { return schema.getFieldCount(); }

        @Override
        public ColumnInfo getColumnInfo(int icol) {
            Type t = schema.getType(icol);
            boolean number = t.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.DOUBLE;
            return new ColumnInfo(t.getName(), number ? Double.class : String.class, null);
        }

        @Override
        public long getRowCount() { return reader.getRecordCount(); }

        @Override
        public RowSequence getRowSequence() {
            List<ColumnDescriptor> columns = schema.getColumns();
            int n = columns.size();
            return new RowSequence() {
                private final ColumnReader[] readers = new ColumnReader[n];
                private final Object[] row = new Object[n];
                private final Binary[] lastBinary = new Binary[n];   // dictionary-encoded texts repeat:
                private final String[] lastText = new String[n];     // decode each run once
                private long left;

                @Override
                public boolean next() throws IOException {
                    while (left == 0) {
                        PageReadStore pages = reader.readNextRowGroup();
                        if (pages == null) return false;
                        ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages, new GroupRecordConverter(schema).getRootConverter(),
                                schema, reader.getFileMetaData().getCreatedBy());
                        for (int i = 0; i < n; i++) readers[i] = store.getColumnReader(columns.get(i));
                        left = pages.getRowCount();
                    }
                    for (int i = 0; i < n; i++) {
                        ColumnReader r = readers[i];
                        if (r.getCurrentDefinitionLevel() < columns.get(i).getMaxDefinitionLevel()) row[i] = null;
                        else if (columns.get(i).getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.DOUBLE) row[i] = r.getDouble();
                        else {
                            Binary b = r.getBinary();
                            if (!b.equals(lastBinary[i])) {
                                lastBinary[i] = b.copy();
                                lastText[i] = b.toStringUsingUTF8();
                            }
                            row[i] = lastText[i];
                        }
                        r.consume();
                    }
                    left--;
                    return true;
                }

                @Override
                public Object getCell(int icol) { return row[icol]; }

                @Override
                public Object[] getRow() { return row.clone(); }

                @Override
                public void close() { }
            };
        }
    }
}
