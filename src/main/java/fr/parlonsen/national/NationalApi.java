package fr.parlonsen.national;

import java.time.LocalDate;
import java.util.List;

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

import fr.parlonsen.web.IfMatch;
import fr.parlonsen.national.NationalProgress.Filter;
import fr.parlonsen.national.NationalProgress.Sort;
import fr.parlonsen.national.NationalViews.NationalSynthesisView;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisExports;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.web.AppException;

/**
 * /api/v1/campaigns/{c}/national/…: progress of every département and the national synthesis. Class path /api/v1
 * like every API class (Quarkus REST picks a class by its longest matching path without backtracking).
 */
@RequestScoped
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NationalApi {
    @Inject
    NationalProgress progress;
    @Inject
    NationalService national;
    @Inject
    CurrentUser me;

    @PathParam("c")
    String campaign;

    /**
     * Per département (the 101 of metropolitan France and the DROM). Optional filters {@code region},
     * {@code status} (none, draft, validated, transmitted), {@code late=true}; {@code asOf} (date) for lateness.
     */
    @GET
    @Path("campaigns/{c}/national/progress")
    public List<ProgressRow> progress(@QueryParam("asOf") String asOf, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("late") Boolean late) {
        return progress.progress(me, campaign, date(asOf), new Filter(region, status, late), Sort.departement, false)
                .rows();
    }

    @GET
    @Path("campaigns/{c}/national/progress.csv")
    @Produces({ "text/csv", MediaType.APPLICATION_JSON })
    public Response progressCsv(@QueryParam("asOf") String asOf, @QueryParam("region") String region,
            @QueryParam("status") String status, @QueryParam("late") Boolean late) {
        var result = progress.progress(me, campaign, date(asOf), new Filter(region, status, late), Sort.departement,
                false);
        return Response.ok(NationalProgress.csv(result.rows()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"avancement-" + result.campaign().code + ".csv\"")
                .build();
    }

    @POST
    @Path("campaigns/{c}/national/synthesis/draft")
    public Response draft() {
        return withEtag(national.buildDraft(me, campaign));
    }

    @GET
    @Path("campaigns/{c}/national/synthesis")
    public Response get() {
        return withEtag(national.get(me, campaign));
    }

    @PUT
    @Path("campaigns/{c}/national/synthesis")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response edit(@HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "Le corps de la requête est obligatoire.") Edit form) {
        return withEtag(national.edit(me, campaign, IfMatch.parse(ifMatch), form));
    }

    @GET
    @Path("campaigns/{c}/national/synthesis.{format:pdf|docx|odt}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.APPLICATION_JSON })
    public Response document(@PathParam("format") String format) {
        SynthesisExports.Document doc = national.export(me, campaign, format);
        return Response.ok(doc.bytes(), doc.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.filename() + "\"")
                .header("X-Content-SHA256", doc.sha256()).build();
    }

    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw AppException.invalid("asOf", "Date invalide : « " + s + " » (AAAA-MM-JJ attendu).");
        }
    }

    private static Response withEtag(NationalSynthesisView view) {
        return IfMatch.ok(view, view.revision());
    }
}
