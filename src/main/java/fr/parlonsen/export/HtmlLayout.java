package fr.parlonsen.export;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * XHTML look of a synthesis, for the PDF renderer: real headings, lists, tables with header cells, images with
 * their text alternative, in reading order, so that the tagged PDF has the same structure. Its look is the
 * stylesheet {@code export/synthese.css}.
 */
final class HtmlLayout implements DocumentLayout {

    private static final String MARGIN_FONT = "font-family: Marianne, \"DejaVu Sans\"; font-size: 7.5pt; color: #555555;";

    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder bookmarks = new StringBuilder();
    private int level1;
    private boolean bookmarkOpen;

    /** The whole XHTML page, once the walker is done. */
    String page(Cover cover, String css) {
        if (bookmarkOpen) {
            bookmarks.append("</bookmark>");
        }
        String footer = cover.authority() + " — " + cover.title();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr-FR\" xml:lang=\"fr-FR\">\n<head>\n"
                + "<title>" + esc(cover.title()) + "</title>\n"
                + "<meta name=\"author\" content=\"" + esc(cover.authority()) + "\"/>\n"
                + "<meta name=\"subject\" content=\"" + esc(cover.campaign()) + "\"/>\n"
                + "<bookmarks>" + bookmarks + "</bookmarks>\n"
                + "<style>\n" + esc(css
                + "\n@page { @bottom-left { content: \"" + cssString(footer) + "\"; " + MARGIN_FONT + " } }\n"
                + (cover.draft() ? "@page { @top-right { content: \"" + FrenchText.DRAFT.toUpperCase(Locale.FRANCE)
                        + "\"; " + MARGIN_FONT + " } }\n@page :first { @top-right { content: none; } }\n" : ""))
                + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    @Override
    public void cover(Cover cover) {
        body.append("<div class=\"cover\">\n");
        if (cover.draft()) {
            body.append("<p class=\"projet\">").append(FrenchText.DRAFT.toUpperCase(Locale.FRANCE)).append("</p>\n");
        }
        body.append("<div class=\"bloc-marque\">\n<p class=\"marque\">")
                .append(lines(cover.letterhead())).append("</p>\n<p class=\"devise\">")
                .append(lines(BlocMarque.MOTTO)).append("</p>\n</div>\n");
        if (!cover.addressees().isEmpty() || !cover.object().isEmpty() || !cover.reference().isEmpty()) {
            body.append("<table class=\"letter\">\n");
            if (!cover.addressees().isEmpty()) {
                letterRow(FrenchText.TO, lines(cover.addressees()));
            }
            if (!cover.object().isEmpty()) {
                letterRow(FrenchText.OBJECT, esc(cover.object()));
            }
            if (!cover.reference().isEmpty()) {
                letterRow(FrenchText.REFERENCE, esc(cover.reference()));
            }
            body.append("</table>\n");
        }
        body.append("<p class=\"title\">").append(esc(cover.title())).append("</p>\n")
                .append("<p class=\"campaign\">").append(esc(cover.campaign())).append("</p>\n")
                .append("<p class=\"date\">").append(esc(FrenchText.date(cover.date()))).append("</p>\n")
                .append("<p class=\"version\">").append(esc(cover.versionLabel())).append("</p>\n</div>\n");
    }

    private void letterRow(String key, String valueHtml) {
        body.append("<tr><th scope=\"row\">").append(esc(key)).append("</th><td>").append(valueHtml)
                .append("</td></tr>\n");
    }

    @Override
    public void contents(List<String> titles) {
        body.append("<div class=\"contents\">\n<h1>").append(FrenchText.CONTENTS).append("</h1>\n<ul class=\"toc\">\n");
        for (int i = 0; i < titles.size(); i++) {
            body.append("<li><a href=\"#s").append(i + 1).append("\" title=\"").append(esc(titles.get(i)))
                    .append("\">").append(esc(titles.get(i)))
                    .append("</a></li>\n");
        }
        body.append("</ul>\n</div>\n");
    }

    @Override
    public void heading(int level, String text) {
        if (level == 1) {
            level1++;
            body.append("<h1 id=\"s").append(level1).append("\">").append(esc(text)).append("</h1>\n");
            if (bookmarkOpen) {
                bookmarks.append("</bookmark>");
            }
            bookmarks.append("<bookmark name=\"").append(esc(text)).append("\" href=\"#s").append(level1).append("\">");
            bookmarkOpen = true;
        } else {
            body.append("<h2>").append(esc(text)).append("</h2>\n");
        }
    }

    @Override
    public void figures(List<Figure> figures) {
        body.append("<table class=\"figures\">\n<thead><tr><th scope=\"col\">").append(FrenchText.INDICATOR)
                .append("</th><th scope=\"col\" class=\"num\">").append(FrenchText.VALUE).append("</th></tr></thead>\n<tbody>\n");
        for (Figure f : figures) {
            body.append("<tr><th scope=\"row\">").append(esc(f.label())).append("</th><td class=\"num\">")
                    .append(esc(f.value())).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    @Override
    public void picture(String title, PngImage png, String altText) {
        body.append("<div class=\"picture\">\n<h2>").append(esc(title)).append("</h2>\n")
                .append("<img alt=\"").append(esc(altText)).append("\" style=\"width: ")
                .append(points(png.printWidthPt())).append("; height: ").append(points(png.printHeightPt()))
                .append(";\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png.bytes()))
                .append("\"/>\n<p class=\"caption\">").append(esc(altText)).append("</p>\n</div>\n");
    }

    @Override
    public void items(List<Item> items) {
        body.append("<ul class=\"items\">\n");
        for (Item item : items) {
            body.append("<li><p class=\"point\">");
            if (!item.label().isBlank()) {
                body.append("<strong>").append(esc(item.label())).append(".</strong> ");
            }
            body.append(esc(item.text()));
            String weight = FrenchText.weightSuffix(item);
            if (!weight.isEmpty()) {
                body.append("<span class=\"weight\">").append(esc(weight)).append("</span>");
            }
            body.append("</p>");
            String places = FrenchText.places(item);
            if (!places.isEmpty()) {
                body.append("<p class=\"places\">").append(esc(places)).append("</p>");
            }
            String mentions = FrenchText.mentions(item);
            if (!mentions.isEmpty()) {
                body.append("<p class=\"places\">").append(esc(mentions)).append("</p>");
            }
            String sources = FrenchText.sources(item);
            if (!sources.isEmpty()) {
                body.append("<p class=\"sources\">").append(esc(sources)).append("</p>");
            }
            body.append("</li>\n");
        }
        body.append("</ul>\n");
    }

    @Override
    public void startAnnex(String title) {
        level1++;
        body.append("<h1 class=\"annex\" id=\"s").append(level1).append("\">").append(esc(title)).append("</h1>\n");
        if (bookmarkOpen) {
            bookmarks.append("</bookmark>");
        }
        bookmarks.append("<bookmark name=\"").append(esc(title)).append("\" href=\"#s").append(level1).append("\">");
        bookmarkOpen = true;
    }

    @Override
    public void paragraph(String text) {
        body.append("<p>").append(multiline(text)).append("</p>\n");
    }

    @Override
    public void rows(List<AnnexBlock.KeyValue> rows) {
        body.append("<table class=\"rows\">\n<tbody>\n");
        for (AnnexBlock.KeyValue row : rows) {
            body.append("<tr><th scope=\"row\">").append(esc(row.key())).append("</th><td>")
                    .append(multiline(row.value())).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    @Override
    public void table(AnnexBlock.Table table) {
        body.append("<table class=\"grid\">\n<caption>").append(esc(table.caption())).append("</caption>\n<colgroup>");
        for (long width : DocxLayout.columnWidths(table, 1000)) {
            body.append("<col style=\"width: ").append(width / 10.0).append("%;\"/>");
        }
        body.append("</colgroup>\n<thead><tr>");
        for (String header : table.headers()) {
            body.append("<th scope=\"col\">").append(esc(header)).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            body.append("<tr>");
            for (String cell : row) {
                body.append("<td>").append(multiline(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    @Override
    public void signature(Signature signature) {
        body.append("<div class=\"signature\">\n<p>").append(esc(signature.placeAndDate())).append("</p>\n<p>")
                .append(esc(signature.title())).append("</p>\n<p class=\"signatory\">")
                .append(esc(signature.name())).append("</p>\n</div>\n");
    }

    private static String points(float pt) {
        return String.format(Locale.ROOT, "%.1fpt", pt);
    }

    private static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            out.append(esc(lines.get(i)));
        }
        return out.toString();
    }

    private static String multiline(String text) {
        return lines(List.of(text.split("\r?\n", -1)));
    }

    /** XML escaping, dropping the characters XML 1.0 cannot carry. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static String cssString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
    }
}
