package fr.parlonsen.national;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.kernel.French;
import fr.parlonsen.national.NationalPermissions.Action;
import fr.parlonsen.national.NationalViews.NationalSynthesisView;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.Synthesis;
import fr.parlonsen.synthesis.SynthesisExports;
import fr.parlonsen.synthesis.SynthesisForms;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.territory.Department;
import fr.parlonsen.web.AppException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /gestion/national/synthese: the national synthesis in the app (it was API only): its state and figures, its
 * sections with the départements each point comes from, the departmental syntheses it is built from (each a link),
 * the délégation's assessment and signatory (revision-checked: a concurrent change is refused, the typed text kept),
 * building the draft again and the three documents.
 */
@RequestScoped
@Path("/gestion/national/synthese")
@Produces(MediaType.TEXT_HTML)
public class NationalSynthesisPages {
    @Inject
    NationalService national;
    @Inject
    NationalPermissions permissions;
    @Inject
    CampaignService campaigns;
    @Inject
    CurrentUser me;

    /** What the assessment form shows: the stored text, or the one typed when it was refused. */
    public record AssessmentForm(String assessment, String signatoryName, String signatoryTitle, int revision) {
    }

    public record Screen(Campaign campaign, NationalSynthesisView synthesis, int transmitted, Map<String, String> names,
            boolean mayBuild, boolean mayEdit, AssessmentForm form, String notice, String error) {
        /** "Aisne, Isère" for the codes of an item. */
        public String departmentNames(List<String> codes) {
            return String.join(", ", codes.stream().map(c -> names.getOrDefault(c, c)).toList());
        }

        public String builtAt() {
            return synthesis == null || synthesis.builtAt() == null ? "" : French.dateTime(synthesis.builtAt());
        }

        public String departmentPage(String department) {
            return "/gestion/campagnes/" + campaign.code + "/departements/" + department + "/synthese";
        }

        public String documentHref(String format) {
            return "/gestion/national/synthese/document." + format + "?campagne=" + campaign.code;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Screen screen);
    }

    @GET
    public Response page(@QueryParam("campagne") String campaignRef, @QueryParam("fait") String done) {
        String notice = done == null ? null : switch (done) {
            case "brouillon" -> "Le brouillon de la synthèse nationale est construit à partir des synthèses "
                    + "transmises ; les modifications faites à la main sont gardées.";
            case "appreciation" -> "L'appréciation et le signataire sont enregistrés.";
            default -> null;
        };
        return Response.ok(screen(campaign(campaignRef), null, notice, null)).build();
    }

    @POST
    @Path("brouillon")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response build(@RestForm("campagne") String campaignRef) {
        Campaign c = campaign(campaignRef);
        national.buildDraft(me, c.code);
        return Response.seeOther(URI.create("/gestion/national/synthese?campagne=" + c.code + "&fait=brouillon"))
                .build();
    }

    @POST
    @Path("appreciation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assessment(@RestForm("campagne") String campaignRef, @RestForm String assessment,
            @RestForm String signatoryName, @RestForm String signatoryTitle, @RestForm String revision) {
        Campaign c = campaign(campaignRef);
        AssessmentForm typed = new AssessmentForm(assessment, signatoryName, signatoryTitle, parse(revision));
        try {
            national.edit(me, c.code, fr.parlonsen.web.IfMatch.parse(revision),
                    new Edit(null, assessment == null ? "" : assessment,
                            new SynthesisForms.SignatoryEdit(signatoryName, signatoryTitle)));
            return Response.seeOther(URI.create("/gestion/national/synthese?campagne=" + c.code + "&fait=appreciation"))
                    .build();
        } catch (fr.parlonsen.kernel.DomainError e) {
            if (fr.parlonsen.web.ErrorResponses.status(e) == 403 || fr.parlonsen.web.ErrorResponses.status(e) == 404) {
                throw e;
            }
            boolean stale = fr.parlonsen.web.ErrorResponses.status(e) == 412 || fr.parlonsen.web.ErrorResponses.status(e) == 428;
            String message = stale
                    ? "La synthèse nationale a été modifiée par quelqu'un d'autre pendant que vous écriviez : rien n'a "
                            + "été enregistré. Votre texte est conservé ci-dessous ; relisez la version actuelle, puis "
                            + "enregistrez à nouveau."
                    : e.violations().isEmpty() ? e.detail()
                            : String.join(" ", e.violations().stream().map(fr.parlonsen.kernel.Violation::message).toList());
            return Response.status(stale ? 409 : fr.parlonsen.web.ErrorResponses.status(e) == 422 || fr.parlonsen.web.ErrorResponses.status(e) == 400 ? 422 : fr.parlonsen.web.ErrorResponses.status(e))
                    .entity(screen(c, typed, null, message)).build();
        }
    }

    @GET
    @Path("document.{format:pdf|docx|odt}")
    @Produces({ "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", MediaType.TEXT_HTML })
    public Response document(@QueryParam("campagne") String campaignRef, @PathParam("format") String format) {
        SynthesisExports.Document doc = national.export(me, campaign(campaignRef).code, format);
        return Response.ok(doc.bytes(), doc.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + doc.filename() + "\"").build();
    }

    private TemplateInstance screen(Campaign c, AssessmentForm typed, String notice, String error) {
        if (!permissions.may(me, Action.READ)) {
            throw AppException.forbidden("La synthèse nationale est réservée à l'équipe nationale (DPS, DICOM).");
        }
        NationalSynthesisView view;
        try {
            view = national.get(me, c.code);
        } catch (fr.parlonsen.kernel.DomainError e) {
            if (fr.parlonsen.web.ErrorResponses.status(e) != 404) {
                throw e;
            }
            view = null;
        }
        Map<String, String> names = new HashMap<>();
        Department.<Department> listAll().forEach(d -> names.put(d.code, d.name));
        int transmitted = Synthesis.listTransmittedLatest(c.id).size();
        AssessmentForm form = typed != null ? typed
                : view == null ? null
                        : new AssessmentForm(view.assessment(), view.signatory() == null ? null : view.signatory().name(),
                                view.signatory() == null ? null : view.signatory().title(), view.revision());
        return Templates.page(new Screen(c, view, transmitted, names, permissions.may(me, Action.BUILD),
                permissions.may(me, Action.EDIT), form, notice, error));
    }

    private Campaign campaign(String ref) {
        return ref == null || ref.isBlank()
                ? campaigns.current().orElseThrow(() -> AppException.notFound("Aucune campagne."))
                : campaigns.find(ref.strip());
    }

    private static int parse(String revision) {
        try {
            return revision == null ? 0 : Integer.parseInt(revision.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
