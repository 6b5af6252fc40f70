package org.cepheus.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Tells a FITS file cut short from one that is merely unreadable: walks the headers (2880-byte
 * blocks of 80-character cards) and adds up the data sizes they announce, without reading the data.
 */
final class FitsBlocks {
    static final int BLOCK = 2880;

    private FitsBlocks() { }

    /** "truncated: ..." when the file is shorter than its headers announce, else null (also when it is no FITS file). */
    static String truncation(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size(), pos = 0;
            while (pos < size) {
                long bitpix = 0, naxis = 0, pcount = 0, gcount = 1, product = 1;
                boolean end = false, first = true;
                ByteBuffer block = ByteBuffer.allocate(BLOCK);
                while (!end) {
                    block.clear();
                    if (pos + BLOCK > size) return cut(size, pos + BLOCK);
                    while (block.hasRemaining() && ch.read(block, pos + block.position()) > 0) { }
                    pos += BLOCK;
                    String cards = new String(block.array(), StandardCharsets.US_ASCII);
                    if (first && !cards.startsWith(pos == BLOCK ? "SIMPLE  =" : "XTENSION=")) return null; // not FITS
                    first = false;
                    for (int i = 0; i < BLOCK && !end; i += 80) {
                        String key = cards.substring(i, i + 8).trim();
                        if (key.equals("END")) end = true;
                        else if (key.equals("BITPIX")) bitpix = value(cards, i);
                        else if (key.equals("NAXIS")) naxis = value(cards, i);
                        else if (key.matches("NAXIS\\d+")) product *= value(cards, i);
                        else if (key.equals("PCOUNT")) pcount = value(cards, i);
                        else if (key.equals("GCOUNT")) gcount = value(cards, i);
                    }
                }
                long data = naxis == 0 ? 0 : Math.abs(bitpix) / 8 * gcount * (pcount + product);
                long padded = (data + BLOCK - 1) / BLOCK * BLOCK;
                if (pos + data > size) return cut(size, pos + padded);
                pos += padded;
            }
            return null;
        } catch (NumberFormatException e) {
            return null; // not a header we understand: leave the judgement to STIL's message
        }
    }

    private static long value(String cards, int card) {
        String v = cards.substring(card + 10, card + 80);
        int slash = v.indexOf('/');
        return Long.parseLong((slash >= 0 ? v.substring(0, slash) : v).trim());
    }

    private static String cut(long size, long announced) {
        return "truncated: the FITS headers announce at least " + announced + " bytes, the file has " + size;
    }
}
