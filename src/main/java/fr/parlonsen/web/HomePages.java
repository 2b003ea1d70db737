package fr.parlonsen.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The accessibility statement, the legal pages and the signed-in dashboard (the public home page, which lists the
 * territory, is {@code territory.HomePage}).
 */
@jakarta.enterprise.context.RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {
    @Inject
    CurrentUser me;
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<DashboardSection> sections;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();

        static native TemplateInstance legal();

        static native TemplateInstance personalData();

        static native TemplateInstance cookies();

        static native TemplateInstance dashboard(CurrentUser me, List<DashboardSection.Block> blocks);
    }

    @GET
    @Path("accessibilite")
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("mentions-legales")
    public TemplateInstance legal() {
        return Templates.legal();
    }

    @GET
    @Path("donnees-personnelles")
    public TemplateInstance personalData() {
        return Templates.personalData();
    }

    @GET
    @Path("cookies")
    public TemplateInstance cookies() {
        return Templates.cookies();
    }

    @GET
    @Path("gestion")
    public TemplateInstance dashboard() {
        List<DashboardSection.Block> blocks = new java.util.ArrayList<>();
        for (DashboardSection s : sections) {
            s.block(me).ifPresent(blocks::add);
        }
        blocks.sort(java.util.Comparator.comparingInt(DashboardSection.Block::order));
        return Templates.dashboard(me, blocks);
    }
}
