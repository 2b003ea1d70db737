package fr.parlonsen.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** An encoded PNG with its size in pixels. */
record PngImage(byte[] bytes, int width, int height) {

    /** Largest printed width of a picture, in points (16 cm). */
    static final float MAX_PRINT_WIDTH_PT = 453.5f;
    /** Largest printed height of a picture, in points (13.4 cm), so that a title and caption fit too. */
    static final float MAX_PRINT_HEIGHT_PT = 380f;

    /** Printed width in points: as wide as allowed, unless the height limit makes it narrower. */
    float printWidthPt() {
        return Math.min(MAX_PRINT_WIDTH_PT, MAX_PRINT_HEIGHT_PT * width / height);
    }

    /** Printed height in points, keeping the aspect ratio. */
    float printHeightPt() {
        return printWidthPt() * height / width;
    }

    /**
     * Encodes an opaque image. ImageIO's PNG writer writes no time chunk and no text chunk when
     * given no metadata, so the same pixels always give the same bytes.
     */
    static PngImage encode(BufferedImage image) {
        if (image.getColorModel().hasAlpha()) {
            throw new IllegalArgumentException("pictures must be opaque (PDF/A, older viewers)");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new PngImage(out.toByteArray(), image.getWidth(), image.getHeight());
    }
}
