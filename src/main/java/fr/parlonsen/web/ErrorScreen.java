package fr.parlonsen.web;

import fr.parlonsen.kernel.Violation;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** DSFR error pages (403, 404, 500...). */
public class ErrorScreen {
    @CheckedTemplate(basePath = "errors")
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail,
                List<Violation> violations);
    }

    /**
     * The same page without the template engine, for failures answered before a request reaches Quarkus REST
     * (no request context there): DSFR header, title, detail, a link home.
     */
    public static String plain(int status, String title, String detail) {
        return "<!doctype html>\n<html lang=\"fr\" data-fr-scheme=\"system\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"stylesheet\" href=\"/dsfr/dsfr.min.css\">\n<title>" + escape(title)
                + " — Parlons-en</title>\n</head>\n<body>\n<header role=\"banner\" class=\"fr-header\">"
                + "<div class=\"fr-header__body\"><div class=\"fr-container\"><div class=\"fr-header__body-row\">"
                + "<div class=\"fr-header__brand\"><div class=\"fr-header__brand-top\"><div class=\"fr-header__logo\">"
                + "<p class=\"fr-logo\">République<br>Française</p></div></div><div class=\"fr-header__service\">"
                + "<a href=\"/\" title=\"Accueil — Parlons-en\"><p class=\"fr-header__service-title\">Parlons-en</p></a>"
                + "</div></div></div></div></div></header>\n<main role=\"main\" id=\"contenu\" class=\"fr-container fr-my-7w\">"
                + "\n<h1>" + escape(title) + "</h1>\n<p class=\"fr-text--sm fr-mb-3w\">Erreur " + status + "</p>\n"
                + "<p class=\"fr-text--lead fr-mb-3w\">" + escape(detail) + "</p>\n"
                + "<ul class=\"fr-btns-group fr-btns-group--inline-md\"><li><a class=\"fr-btn\" href=\"/\">"
                + "Retour à l'accueil</a></li></ul>\n</main>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
