package fr.parlonsen.web;

import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Display logic for templates: French number formatting. */
@TemplateExtension
public class Formats {
    private static final Locale FR = Locale.FRANCE;

    /** 2103778 → "2 103 778" (narrow no-break spaces, as French typography wants). */
    static String formatNumber(long n) {
        return NumberFormat.getIntegerInstance(FR).format(n);
    }

    static String formatNumber(int n) {
        return NumberFormat.getIntegerInstance(FR).format(n);
    }
}
