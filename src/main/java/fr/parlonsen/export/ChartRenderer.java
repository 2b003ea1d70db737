package fr.parlonsen.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Draws a {@link Chart} as a PNG of fixed size with xchart, headless, with the bundled font:
 * the same chart always gives the same bytes.
 */
public final class ChartRenderer {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 675;

    static final Color MARIANNE_BLUE = new Color(0x00, 0x00, 0x91);
    private static final Color TEXT = new Color(0x16, 0x16, 0x16);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    public ChartRenderer() {
        Headless.ensure();
    }

    /** PNG bytes of the chart, {@value #WIDTH}×{@value #HEIGHT} pixels, opaque. */
    public byte[] render(Chart chart) {
        return renderImage(chart).bytes();
    }

    PngImage renderImage(Chart chart) {
        if (chart.kind() != ChartKind.BAR) {
            throw new IllegalArgumentException("unsupported chart kind " + chart.kind());
        }
        CategoryChart xchart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).build();
        style(xchart.getStyler(), chart.categories().size());
        integerAxis(xchart.getStyler(), chart.values());
        xchart.addSeries(chart.title(), chart.categories(), chart.values());

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            xchart.paint(g, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        return PngImage.encode(image);
    }

    /**
     * Counts (forums, participants, items) get an axis of whole numbers: xchart chooses a step of 1, 2 or 5 × 10ⁿ
     * no smaller than spacing × span / axis length, so a spacing of at least the image height ÷ the largest value
     * keeps the step at 1 or more (never "0,5 participant").
     */
    static void integerAxis(CategoryStyler styler, List<Number> values) {
        OptionalInt spacing = integerTickSpacing(values);
        if (spacing.isPresent()) {
            styler.setYAxisDecimalPattern("#,##0");
            styler.setYAxisTickMarkSpacingHint(spacing.getAsInt());
        }
    }

    /** The tick spacing hint (pixels) that keeps whole steps, when every value is a whole number; else empty. */
    static OptionalInt integerTickSpacing(List<Number> values) {
        double max = 0;
        for (Number v : values) {
            double d = v.doubleValue();
            if (d != Math.rint(d)) {
                return OptionalInt.empty();
            }
            max = Math.max(max, d);
        }
        return OptionalInt.of(Math.max(DEFAULT_TICK_SPACING, (int) Math.ceil(HEIGHT / Math.max(1, max))));
    }

    private static final int DEFAULT_TICK_SPACING = 74;

    private static void style(CategoryStyler styler, int categoryCount) {
        styler.setChartTitleVisible(false);
        styler.setLegendVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setSeriesColors(new Color[] {MARIANNE_BLUE});
        styler.setAxisTickLabelsFont(BundledFont.REGULAR.awt(24f));
        styler.setLabelsFont(BundledFont.BOLD.awt(24f));
        styler.setLabelsFontColor(TEXT);
        styler.setLabelsVisible(true);
        styler.setLabelsPosition(0.98);
        styler.setAvailableSpaceFill(0.6);
        styler.setLocale(Locale.FRANCE);
        styler.setDecimalPattern("#,##0.##");
        styler.setYAxisMin(0.0);
        styler.setChartPadding(16);
        if (categoryCount > 6) {
            styler.setXAxisLabelRotation(40);
        }
    }
}
