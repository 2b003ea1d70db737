package fr.parlonsen.forum;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeView;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.Department;
import fr.parlonsen.web.AppException;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Invitation letters of a forum's invitees: downloadable as DOCX (from the editable model) or PDF, and mailed
 * (PDF attached) to each invitee with an address when the forum is published; invited_at records it.
 */
@ApplicationScoped
public class InvitationService {
    private static final Logger LOG = Logger.getLogger(InvitationService.class);

    @Inject
    ForumService forums;
    @Inject
    Mailer mailer;
    @ConfigProperty(name = "parlonsen.invitation.model", defaultValue = "templates/invitation-modele.docx")
    String model;

    public record Download(String filename, String mediaType, byte[] content) {
    }

    public enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    @Transactional
    public Download letter(CurrentUser user, long forumId, long inviteeId, Format format) {
        Forum f = forums.load(forumId);
        forums.check(user, Action.INVITE, f.department, f.arrondissements);
        ForumView view = forums.view(f);
        InviteeView invitee = view.invitees().stream().filter(i -> i.id() == inviteeId).findFirst()
                .orElseThrow(() -> AppException.notFound("Cette personne n'est pas invitée à ce forum."));
        InvitationLetter letter = InvitationLetter.of(view, invitee, prefecture(f.department));
        byte[] content = format == Format.DOCX ? InvitationDocuments.docx(letter, Path.of(model))
                : InvitationDocuments.pdf(letter);
        return new Download("invitation-forum-" + forumId + "-" + inviteeId + "." + format.name().toLowerCase(),
                format.mediaType, content);
    }

    /** One mail per invitee with an address not invited yet. A failed mail is logged; the others go on. */
    void send(Forum f) {
        ForumView view = forums.view(f);
        String prefecture = prefecture(f.department);
        for (Invitee invitee : f.invitees) {
            if (invitee.email == null || invitee.invitedAt != null) {
                continue;
            }
            InviteeView iv = view.invitees().stream().filter(i -> i.id() == invitee.id).findFirst().orElseThrow();
            InvitationLetter letter = InvitationLetter.of(view, iv, prefecture);
            String body = String.join("\n", java.util.Arrays.stream(InvitationLetter.MODEL).map(letter::fill).toList());
            try {
                mailer.send(Mail.withText(invitee.email, letter.fill("Invitation au forum « {{forum}} » du {{date}}"),
                        body).addAttachment("invitation.pdf", InvitationDocuments.pdf(letter), "application/pdf"));
                invitee.invitedAt = java.time.Instant.now().truncatedTo(ChronoUnit.SECONDS);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Invitation non envoyée à %s (forum %d)", invitee.email, f.id);
            }
        }
    }

    static String prefecture(String department) {
        return Department.findByCode(department).map(d -> "Préfecture " + d.withPreposition()).orElse("Préfecture");
    }
}
