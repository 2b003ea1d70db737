package fr.parlonsen.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code (ZXing) of a short text such as a link, as PNG (printed letters, downloads) or SVG (pages, projection):
 * black modules on white with the 4-module quiet zone the standard asks for, error correction M.
 */
public final class QrCode {
    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Texte trop long pour un QR code", e);
        }
    }

    /** Modules per side, quiet zone included. */
    public int size() {
        return matrix.getWidth();
    }

    /** A PNG of {@code scale} pixels per module. */
    public byte[] png(int scale) {
        int n = matrix.getWidth();
        BufferedImage img = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) {
                img.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SVG, one path of unit squares, scalable; {@code title} is its accessible name. */
    public String svg(String title) {
        int n = matrix.getWidth();
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (matrix.get(x, y)) {
                    d.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String t = title == null ? "QR code" : title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n + "\" role=\"img\" "
                + "aria-labelledby=\"qr-titre\" shape-rendering=\"crispEdges\"><title id=\"qr-titre\">" + t
                + "</title><rect width=\"" + n + "\" height=\"" + n + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + d + "\"/></svg>";
    }
}
