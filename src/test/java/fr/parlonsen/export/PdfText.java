package fr.parlonsen.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with other software: poppler's pdftotext when installed, else PDFBox. */
final class PdfText {

    private PdfText() {
    }

    static boolean hasPdftotext() {
        return Files.isExecutable(Path.of("/usr/bin/pdftotext"));
    }

    static String extract(Path pdf) throws IOException, InterruptedException {
        return hasPdftotext() ? pdftotext(pdf) : pdfbox(pdf);
    }

    static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process process = new ProcessBuilder("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pdftotext failed: " + output);
        }
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    static String pdfbox(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
