package fr.parlonsen.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * OpenPDF puts a random file identifier in the trailer ({@code /ID [<…><…>]}). This replaces it,
 * in place and with the same length (so the cross-reference offsets stay right), by a digest of
 * the file itself: the same document gets the same identifier, a different one another.
 */
final class PdfFileId {

    private static final byte[] MARKER = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LENGTH = 32;

    private PdfFileId() {
    }

    static byte[] stabilise(byte[] pdf) {
        int start = lastIndexOf(pdf, MARKER);
        if (start < 0) {
            throw new IllegalStateException("no file identifier in the PDF trailer");
        }
        int first = start + MARKER.length;
        int second = first + HEX_LENGTH + 2; // "><"
        if (pdf[first + HEX_LENGTH] != '>' || pdf[second - 1] != '<' || pdf[second + HEX_LENGTH] != '>') {
            throw new IllegalStateException("unexpected file identifier layout in the PDF trailer");
        }
        byte[] result = pdf.clone();
        Arrays.fill(result, first, first + HEX_LENGTH, (byte) '0');
        Arrays.fill(result, second, second + HEX_LENGTH, (byte) '0');
        byte[] id = HexFormat.of().formatHex(md5(result)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(id, 0, result, first, HEX_LENGTH);
        System.arraycopy(id, 0, result, second, HEX_LENGTH);
        return result;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
