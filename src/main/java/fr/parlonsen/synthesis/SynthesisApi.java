package fr.parlonsen.synthesis;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import fr.parlonsen.web.IfMatch;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisViews.SynthesisView;
import fr.parlonsen.synthesis.SynthesisViews.Transmission;

/**
 * /api/v1/campaigns/{c}/departments/{dep}/synthesis, as in the contract. The class path is /api/v1 like the other
 * API resources: Quarkus REST picks a resource class by its longest matching path without backtracking.
 */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SynthesisApi {
    @Inject
    SynthesisService syntheses;
    @Inject
    CurrentUser me;

    @PathParam("c")
    String campaign;
    @PathParam("dep")
    String department;

    @POST
    @Path("campaigns/{c}/departments/{dep}/synthesis/draft")
    @APIResponse(responseCode = "200", description = "Le brouillon reconstruit, modifications humaines gardées.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SynthesisView.class)))
    public Response draft() {
        return withEtag(syntheses.buildDraft(me, campaign, department));
    }

    @GET
    @Path("campaigns/{c}/departments/{dep}/synthesis")
    @APIResponse(responseCode = "200", description = "La synthèse, ses sections et leurs groupes (ETag : sa révision). "
            + "Chaque groupe liste ses membres dans sources (chaque contribution dans un seul groupe) et, en lecture "
            + "seule, alsoMentionedIn : les contributions classées ailleurs qui l'évoquent aussi (seconde idée).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SynthesisView.class)))
    public Response get(@QueryParam("version") Integer version) {
        return withEtag(syntheses.get(me, campaign, department, version));
    }

    @PUT
    @Path("campaigns/{c}/departments/{dep}/synthesis")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Edit form) {
        return withEtag(syntheses.edit(me, campaign, department, IfMatch.parse(ifMatch), form));
    }

    @POST
    @Path("campaigns/{c}/departments/{dep}/synthesis/validate")
    public Response validate() {
        return withEtag(syntheses.validate(me, campaign, department));
    }

    @POST
    @Path("campaigns/{c}/departments/{dep}/synthesis/transmit")
    public Transmission transmit() {
        return syntheses.transmit(me, campaign, department);
    }

    @GET
    @Path("campaigns/{c}/departments/{dep}/synthesis.{format:pdf|docx|odt}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_JSON })
    public Response document(@PathParam("format") String format, @QueryParam("version") Integer version) {
        SynthesisExports.Document doc = syntheses.export(me, campaign, department, version, format);
        return Response.ok(doc.bytes(), doc.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.filename() + "\"")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(doc.sha256())))
                .header("X-Content-SHA256", doc.sha256())
                .build();
    }

    private static Response withEtag(SynthesisView view) {
        return IfMatch.ok(view, view.revision());
    }
}
