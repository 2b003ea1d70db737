package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupPermissions.Action;
import fr.parlonsen.followup.IndicatorService.DepartmentIndicators;
import fr.parlonsen.followup.IndicatorService.NationalIndicators;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.Department;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The follow-up's sections in other capabilities' pages, called from their templates by one line each
 * ({@code {inject:followup.forumSection(forum.id)}}): the public forum page (what became of its proposals, the
 * feedback link), the staff forum page (the feedback QR code), the dashboard and the national page (indicators).
 */
@Named("followup")
@RequestScoped
public class FollowupFragments {
    @Inject
    CommitmentService commitments;
    @Inject
    FeedbackService feedback;
    @Inject
    IndicatorService indicators;
    @Inject
    FollowupPermissions permissions;
    @Inject
    ForumQueries forums;
    @Inject
    CurrentUser me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forum(long forumId, String department, List<CommitmentView> commitments,
                boolean feedbackOpen);

        static native TemplateInstance staffForum(long forumId, String url, long count);

        static native TemplateInstance dashboard(DepartmentIndicators d);

        static native TemplateInstance national(NationalIndicators n);
    }

    /** Public forum page: the published commitments answering its proposals, and the feedback link while open. */
    @Transactional
    public RawString forumSection(long forumId) {
        ForumFacts f = forums.forum(forumId).orElse(null);
        if (f == null) {
            return new RawString("");
        }
        Instant now = Instant.now();
        boolean open = f.publicForum() && !now.isBefore(FeedbackService.opensAt(f))
                && !now.isAfter(FeedbackService.closesAt(f));
        return new RawString(Templates.forum(forumId, f.department(), commitments.publishedForForum(forumId), open)
                .render());
    }

    /** Staff forum page: the feedback link and the way to its QR code. */
    @Transactional
    public RawString staffForumSection(long forumId) {
        ForumFacts f = forums.forum(forumId).orElse(null);
        if (f == null || !permissions.may(me, Action.QR, f.department())) {
            return new RawString("");
        }
        long count = Feedback.count("forumId", forumId);
        return new RawString(Templates.staffForum(forumId, feedback.url(forumId), count).render());
    }

    /** Dashboard: the indicators of the user's département (current campaign). */
    @Transactional
    public RawString dashboard() {
        if (me.department() == null || !permissions.may(me, Action.INDICATORS, me.department())) {
            return new RawString("");
        }
        Campaign c = Campaign.findCurrent(LocalDate.now(CommitmentService.PARIS)).orElse(null);
        Department d = Department.findByCode(me.department()).orElse(null);
        if (c == null || d == null) {
            return new RawString("");
        }
        return new RawString(Templates.dashboard(indicators.department(c, d)).render());
    }

    /** National page: indicators per département and nationally (current campaign). */
    @Transactional
    public RawString national() {
        if (!permissions.may(me, Action.NATIONAL_INDICATORS, null)) {
            return new RawString("");
        }
        Campaign c = Campaign.findCurrent(LocalDate.now(CommitmentService.PARIS)).orElse(null);
        return c == null ? new RawString("") : new RawString(Templates.national(indicators.national(c)).render());
    }
}
