package fr.parlonsen.followup;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import fr.parlonsen.web.ErrorResponses;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.export.QrCode;
import fr.parlonsen.followup.FollowupForms.CommitmentInput;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.FeedbackFormView;
import fr.parlonsen.followup.FollowupForms.FeedbackInput;
import fr.parlonsen.followup.FollowupForms.NoteInput;
import fr.parlonsen.followup.FollowupPermissions.Action;
import fr.parlonsen.followup.IndicatorService.DepartmentIndicators;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.web.AppException;
import fr.parlonsen.web.FieldErrors;
import fr.parlonsen.web.IfMatch;
import fr.parlonsen.web.PublicCache;
import fr.parlonsen.web.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

/**
 * The follow-up pages: public « Ce que nous faisons de vos propositions » per département, the anonymous
 * feedback form of a forum (short link /avis/{id}), and the staff pages (commitments, the feedback QR code for
 * projection, results). Routed from / like the other page classes.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FollowupPages {
    @Inject
    CommitmentService commitments;
    @Inject
    FeedbackService feedback;
    @Inject
    IndicatorService indicators;
    @Inject
    SynthesisQueries synthesis;
    @Inject
    FollowupPermissions permissions;
    @Inject
    fr.parlonsen.security.FormTokens formTime;
    @Inject
    CurrentUser me;
    @Inject
    Viewer viewer;
    @Inject
    RoutingContext routing;
    @Inject
    PublicCache cache;

    public record PublicPage(Campaign campaign, String department, String departmentName,
            List<CommitmentView> commitments, String jsonUrl, String csvUrl, String atomUrl) {
        public long count(String status) {
            return commitments.stream().filter(c -> c.status().equals(status)).count();
        }
    }

    /** What the user typed in the feedback form, given back when it is shown again. */
    public record FeedbackTyped(Integer satisfaction, Boolean listened, Boolean answered, Boolean wouldReturn,
            String comment) {
        static final FeedbackTyped EMPTY = new FeedbackTyped(null, null, null, null, null);
    }

    public record FeedbackPage(FeedbackFormView form, String issuedAt, FeedbackTyped typed, FieldErrors errors,
            boolean alreadyAnswered) {
        public List<Integer> scale() {
            return List.of(1, 2, 3, 4, 5);
        }
    }

    public record Choice(long id, String section, String text, int version, boolean chosen) {
    }

    public record StaffPage(Campaign campaign, String department, String departmentName, boolean mayManage,
            List<CommitmentView> commitments, List<Choice> choices, Integer synthesisVersion,
            DepartmentIndicators indicators, CommitmentForm form, FieldErrors errors, List<String> notices) {
    }

    /** The commitment form's values (strings as typed). */
    public record CommitmentForm(String title, String description, String carriedBy, String dueOn, String status,
            String reason, boolean published, String doneOn, List<Long> items, Integer version) {
        static final CommitmentForm EMPTY = new CommitmentForm("", "", "", "", "planned", "", false, "", List.of(), null);

        static CommitmentForm of(CommitmentView c) {
            return new CommitmentForm(c.title(), c.description(), c.carriedBy(),
                    c.dueOn() == null ? "" : c.dueOn().toString(), c.status(), c.reason(), c.published(),
                    c.doneOn() == null ? "" : c.doneOn().toString(), c.synthesisItemIds(), c.version());
        }

        public boolean has(Long id) {
            return items.contains(id);
        }
    }

    public record EditPage(CommitmentView commitment, CommitmentForm form, FieldErrors errors, boolean mayManage,
            boolean stale, String noteText, FieldErrors noteErrors, List<String> notices, String today) {
        public List<CommitmentStatus> statuses() {
            return Arrays.asList(CommitmentStatus.values());
        }
    }

    public record ForumFeedbackPage(FeedbackService.Results results, String qrSvg) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance publicPage(PublicPage page);

        static native TemplateInstance feedback(FeedbackPage page);

        static native TemplateInstance feedbackSent(FeedbackFormView form);

        static native TemplateInstance staff(StaffPage page);

        static native TemplateInstance commitment(EditPage page);

        static native TemplateInstance forumFeedback(ForumFeedbackPage page);

        static native TemplateInstance national(IndicatorService.NationalIndicators n);
    }

    // ---- public: « Ce que nous faisons de vos propositions »

    @GET
    @Path("departements/{dep}/suivi")
    public Response publicPage(@PathParam("dep") String dep, @QueryParam("campagne") String campaignRef) {
        return cache.respond(routing, PublicFollowupApi.TOPICS, true, viewer.isLoggedIn(), () -> {
            Campaign c = campaign(campaignRef);
            CommitmentService.Scope s = commitments.scope(c.code, dep);
            viewer.showDepartment(dep);
            String api = "/api/v1/public/campaigns/" + c.code + "/departments/" + dep + "/commitments";
            return PublicCache.Rendered.html(Templates.publicPage(new PublicPage(c, dep, s.department().name,
                    commitments.published(c.code, dep), api + ".json", api + ".csv", api + ".atom")).render());
        });
    }

    // ---- public: the feedback form

    @GET
    @Path("avis/{id}")
    public Response feedbackForm(@PathParam("id") long id, @CookieParam(FeedbackService.DEVICE_COOKIE) String device) {
        return feedbackPage(id, FeedbackTyped.EMPTY, FieldErrors.NONE, 200, device, false);
    }

    private Response feedbackPage(long id, FeedbackTyped typed, FieldErrors errors, int status, String device,
            boolean already) {
        FeedbackFormView form = feedback.form(id, false);
        viewer.showDepartment(form.department());
        Response.ResponseBuilder r = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.feedback(new FeedbackPage(form, formTime.issue(), typed, errors, already)).render());
        if (!PublicFeedbackApi.validDevice(device)) {
            r.header("Set-Cookie", PublicFeedbackApi.deviceCookie(PublicFeedbackApi.newDevice(), routing));
        }
        routing.response().headers().set("Cache-Control", "no-store");
        return r.build();
    }

    @POST
    @Path("avis/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitFeedback(@PathParam("id") long id, @CookieParam(FeedbackService.DEVICE_COOKIE) String device,
            MultivaluedMap<String, String> p) {
        FeedbackInput in = new FeedbackInput(integer(p.getFirst("satisfaction")), bool(p.getFirst("listened")),
                bool(p.getFirst("answered")), bool(p.getFirst("wouldReturn")), p.getFirst("comment"),
                p.getFirst("issuedAt"), p.getFirst("website"));
        String dev = PublicFeedbackApi.validDevice(device) ? device : null;
        try {
            feedback.submit(new FeedbackService.Submission(id, in, PublicFeedbackApi.client(routing), dev, true,
                    Instant.now()));
        } catch (DomainError e) {
            FeedbackTyped typed = new FeedbackTyped(in.satisfaction(), in.listened(), in.answered(), in.wouldReturn(),
                    in.comment());
            if (ErrorResponses.status(e) == 422) {
                return feedbackPage(id, typed, new FieldErrors(e.violations()), 422, device, false);
            }
            if (ErrorResponses.status(e) == 409 && e.title().contains("déjà")) {
                return feedbackPage(id, typed, FieldErrors.NONE, 409, device, true);
            }
            throw e;
        }
        return Response.seeOther(URI.create("/avis/" + id + "/merci")).build();
    }

    @GET
    @Path("avis/{id}/merci")
    public TemplateInstance feedbackSent(@PathParam("id") long id) {
        FeedbackFormView form = feedback.form(id, false);
        viewer.showDepartment(form.department());
        return Templates.feedbackSent(form);
    }

    // ---- staff: commitments

    @GET
    @Path("gestion/suivi")
    public TemplateInstance staff(@QueryParam("departement") String depParam, @QueryParam("campagne") String campaignRef) {
        String dep = department(depParam);
        return staffPage(campaign(campaignRef), dep, CommitmentForm.EMPTY, FieldErrors.NONE, List.of());
    }

    private TemplateInstance staffPage(Campaign c, String dep, CommitmentForm form, FieldErrors errors,
            List<String> notices) {
        List<CommitmentView> list = commitments.list(me, c.code, dep);
        CommitmentService.Scope s = commitments.scope(c.code, dep);
        viewer.showDepartment(dep);
        List<Choice> choices = new ArrayList<>();
        for (SynthesisQueries.Item i : synthesis.followableItems(c.id, dep)) {
            choices.add(new Choice(i.id(), i.section(), i.text(), i.version(), form.has(i.id())));
        }
        choices.sort((a, b) -> Boolean.compare(!"proposals".equals(a.section()), !"proposals".equals(b.section())));
        return Templates.staff(new StaffPage(c, dep, s.department().name, permissions.may(me, Action.MANAGE, dep), list,
                choices, synthesis.followableVersion(c.id, dep).orElse(null), indicators.department(me, c.code, dep),
                form, errors, notices));
    }

    @POST
    @Path("gestion/suivi/engagements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> p) {
        Campaign c = campaign(p.getFirst("campagne"));
        String dep = department(p.getFirst("departement"));
        CommitmentForm form = form(p, null);
        try {
            CommitmentView v = commitments.create(me, c.code, dep, input(form));
            return Response.seeOther(URI.create("/gestion/suivi/engagements/" + v.id() + "?cree=1")).build();
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            return Response.status(422).entity(staffPage(c, dep, form, new FieldErrors(e.violations()), List.of()))
                    .build();
        }
    }

    @GET
    @Path("gestion/suivi/engagements/{id}")
    public TemplateInstance commitment(@PathParam("id") long id, @QueryParam("cree") String created,
            @QueryParam("enregistre") String saved) {
        CommitmentView c = commitments.get(me, id);
        List<String> notices = new ArrayList<>();
        if (created != null) {
            notices.add("Engagement créé.");
        }
        if (saved != null) {
            notices.add("Modifications enregistrées.");
        }
        return editPage(c, CommitmentForm.of(c), FieldErrors.NONE, false, "", FieldErrors.NONE, notices);
    }

    private TemplateInstance editPage(CommitmentView c, CommitmentForm form, FieldErrors errors, boolean stale,
            String noteText, FieldErrors noteErrors, List<String> notices) {
        viewer.showDepartment(c.department());
        return Templates.commitment(new EditPage(c, form, errors, permissions.may(me, Action.MANAGE, c.department()),
                stale, noteText, noteErrors, notices, LocalDate.now(CommitmentService.PARIS).toString()));
    }

    @POST
    @Path("gestion/suivi/engagements/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> p) {
        CommitmentView current = commitments.get(me, id);
        CommitmentForm form = form(p, current.synthesisItemIds());
        try {
            commitments.update(me, id, IfMatch.parse(p.getFirst("version")), input(form));
            return Response.seeOther(URI.create("/gestion/suivi/engagements/" + id + "?enregistre=1")).build();
        } catch (DomainError e) {
            if (ErrorResponses.status(e) == 412 || ErrorResponses.status(e) == 428) {
                return Response.status(409).entity(editPage(current, form, FieldErrors.NONE, true, "",
                        FieldErrors.NONE, List.of())).build();
            }
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            return Response.status(422).entity(editPage(current, form, new FieldErrors(e.violations()), false, "",
                    FieldErrors.NONE, List.of())).build();
        }
    }

    @POST
    @Path("gestion/suivi/engagements/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") long id, MultivaluedMap<String, String> p) {
        try {
            commitments.addNote(me, id, new NoteInput(p.getFirst("text"), p.getFirst("at")));
            return Response.seeOther(URI.create("/gestion/suivi/engagements/" + id + "?enregistre=1#notes")).build();
        } catch (DomainError e) {
            if (ErrorResponses.status(e) != 422) {
                throw e;
            }
            CommitmentView c = commitments.get(me, id);
            return Response.status(422).entity(editPage(c, CommitmentForm.of(c), FieldErrors.NONE, false,
                    p.getFirst("text"), new FieldErrors(e.violations()), List.of())).build();
        }
    }

    @GET
    @Path("gestion/suivi/national")
    public TemplateInstance national(@QueryParam("campagne") String campaignRef) {
        return Templates.national(indicators.national(me, campaign(campaignRef).code));
    }

    // ---- staff: a forum's feedback (QR code for projection, results)

    @GET
    @Path("gestion/forums/{id}/avis")
    public TemplateInstance forumFeedback(@PathParam("id") long id) {
        FeedbackService.Results r = feedback.results(me, id);
        viewer.showDepartment(r.department());
        return Templates.forumFeedback(new ForumFeedbackPage(r,
                QrCode.of(r.url()).svg("QR code du formulaire d'avis : " + r.url())));
    }

    @GET
    @Path("gestion/forums/{id}/avis/qr.svg")
    @Produces("image/svg+xml")
    public Response qrSvg(@PathParam("id") long id) {
        ForumFacts f = feedback.forumFor(me, id);
        String url = feedback.url(f.id());
        return Response.ok(QrCode.of(url).svg("QR code du formulaire d'avis : " + url), "image/svg+xml").build();
    }

    @GET
    @Path("gestion/forums/{id}/avis/qr.png")
    @Produces("image/png")
    public Response qrPng(@PathParam("id") long id) {
        ForumFacts f = feedback.forumFor(me, id);
        return Response.ok(QrCode.of(feedback.url(f.id())).png(12), "image/png")
                .header("Content-Disposition", "attachment; filename=\"avis-forum-" + id + ".png\"").build();
    }

    // ---- helpers

    private Campaign campaign(String ref) {
        if (ref != null && !ref.isBlank()) {
            return Campaign.findByCodeOrId(ref.strip())
                    .orElseThrow(() -> AppException.notFound("Aucune campagne « " + ref + " »."));
        }
        return Campaign.findCurrent(LocalDate.now(CommitmentService.PARIS))
                .orElseThrow(() -> AppException.notFound("Aucune campagne."));
    }

    private String department(String param) {
        if (param != null && !param.isBlank()) {
            return param.strip();
        }
        if (me.department() != null) {
            return me.department();
        }
        throw AppException.badRequest("Choisissez un département : /gestion/suivi?departement=02.");
    }

    private static CommitmentForm form(MultivaluedMap<String, String> p, List<Long> keep) {
        List<Long> items = new ArrayList<>();
        List<String> raw = p.get("items");
        if (raw != null) {
            for (String s : raw) {
                try {
                    items.add(Long.parseLong(s.strip()));
                } catch (NumberFormatException e) {
                    // ignored: not one of the choices offered
                }
            }
        } else if (keep != null) {
            items.addAll(keep);
        }
        return new CommitmentForm(nz(p.getFirst("title")), nz(p.getFirst("description")), nz(p.getFirst("carriedBy")),
                nz(p.getFirst("dueOn")), p.getFirst("status") == null ? "planned" : p.getFirst("status"),
                nz(p.getFirst("reason")), "on".equals(p.getFirst("published")) || "true".equals(p.getFirst("published")),
                nz(p.getFirst("doneOn")), items, integer(p.getFirst("version")));
    }

    private static CommitmentInput input(CommitmentForm f) {
        return new CommitmentInput(f.title(), f.description(), f.carriedBy(), f.dueOn(), f.status(), f.reason(),
                f.items(), null, f.published(), f.doneOn());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "oui", "true", "on" -> Boolean.TRUE;
            case "non", "false" -> Boolean.FALSE;
            default -> null;
        };
    }
}
