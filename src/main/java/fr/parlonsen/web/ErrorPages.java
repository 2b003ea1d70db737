package fr.parlonsen.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** DSFR error pages (403, 404, 500...). */
public class ErrorPages {
    @CheckedTemplate(basePath = "errors")
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail,
                List<AppException.Violation> violations);
    }
}
