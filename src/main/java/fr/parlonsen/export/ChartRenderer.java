package fr.parlonsen.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
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
