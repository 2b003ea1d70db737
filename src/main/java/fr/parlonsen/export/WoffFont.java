package fr.parlonsen.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Turns a WOFF 1.0 font (the web format of the DSFR's vendored Marianne) back into the TrueType file
 * it wraps, which PDF embedding needs: WOFF 1.0 is the sfnt tables, each zlib-compressed, behind a
 * 44-byte header (W3C WOFF 1.0, sections 3 to 5). No glyph is changed.
 */
final class WoffFont {

    private static final int WOFF_SIGNATURE = 0x774F4646; // "wOFF"
    private static final int HEADER = 44;
    private static final int ENTRY = 20;

    private WoffFont() {
    }

    static byte[] toSfnt(byte[] woff) {
        ByteBuffer in = ByteBuffer.wrap(woff);
        if (woff.length < HEADER || in.getInt(0) != WOFF_SIGNATURE) {
            throw new IllegalArgumentException("not a WOFF 1.0 font");
        }
        int flavor = in.getInt(4);
        int numTables = Short.toUnsignedInt(in.getShort(12));
        int totalSfntSize = in.getInt(16);
        ByteBuffer out = ByteBuffer.allocate(totalSfntSize);
        int entrySelector = 31 - Integer.numberOfLeadingZeros(numTables);
        int searchRange = (1 << entrySelector) * 16;
        out.putInt(flavor);
        out.putShort((short) numTables);
        out.putShort((short) searchRange);
        out.putShort((short) entrySelector);
        out.putShort((short) (numTables * 16 - searchRange));
        int offset = 12 + 16 * numTables;
        for (int i = 0; i < numTables; i++) {
            int e = HEADER + i * ENTRY;
            int tag = in.getInt(e);
            int compOffset = in.getInt(e + 4);
            int compLength = in.getInt(e + 8);
            int origLength = in.getInt(e + 12);
            int checksum = in.getInt(e + 16);
            byte[] table = compLength == origLength
                    ? java.util.Arrays.copyOfRange(woff, compOffset, compOffset + compLength)
                    : inflate(woff, compOffset, compLength, origLength);
            out.putInt(12 + 16 * i, tag);
            out.putInt(12 + 16 * i + 4, checksum);
            out.putInt(12 + 16 * i + 8, offset);
            out.putInt(12 + 16 * i + 12, origLength);
            out.put(offset, table);
            offset += (origLength + 3) & ~3;
        }
        return out.array();
    }

    static byte[] resource(String path) {
        try (InputStream in = WoffFont.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + path);
            }
            return toSfnt(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] inflate(byte[] woff, int offset, int length, int originalLength) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(woff, offset, length);
            byte[] table = new byte[originalLength];
            int n = 0;
            while (n < originalLength && !inflater.finished()) {
                int read = inflater.inflate(table, n, originalLength - n);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += read;
            }
            if (n != originalLength) {
                throw new IllegalArgumentException("truncated WOFF table");
            }
            return table;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("corrupt WOFF table", e);
        } finally {
            inflater.end();
        }
    }
}
