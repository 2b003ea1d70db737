package fr.parlonsen.forum;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.InviteeView;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.Department;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;

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
    ReactiveMailer mailer;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @ConfigProperty(name = "parlonsen.invitation.model", defaultValue = "templates/invitation-modele.docx")
    String model;
    @ConfigProperty(name = "parlonsen.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The short link of the forum's feedback form (fr.parlonsen.followup.FeedbackService#url, same address). */
    String feedbackUrl(long forumId) {
        return publicUrl.replaceAll("/+$", "") + "/avis/" + forumId;
    }

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
                .orElseThrow(() -> new NotFound("Cette personne n'est pas invitée à ce forum."));
        InvitationLetter letter = InvitationLetter.of(view, invitee, prefecture(f.department), feedbackUrl(f.id));
        byte[] content = format == Format.DOCX ? InvitationDocuments.docx(letter, Path.of(model))
                : InvitationDocuments.pdf(letter);
        return new Download("invitation-forum-" + forumId + "-" + inviteeId + "." + format.name().toLowerCase(),
                format.mediaType, content);
    }

    /**
     * One mail per invitee with an address not invited yet, sent once the publication is committed and without
     * holding the request: invited_at is recorded when the SMTP server accepts the mail; a failure is logged.
     */
    void send(Forum f) {
        ForumView view = forums.view(f);
        String prefecture = prefecture(f.department);
        List<Mail> mails = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (InviteeView invitee : view.invitees()) {
            if (invitee.email() == null || invitee.invitedAt() != null) {
                continue;
            }
            InvitationLetter letter = InvitationLetter.of(view, invitee, prefecture, feedbackUrl(f.id));
            String body = String.join("\n", Arrays.stream(InvitationLetter.MODEL).map(letter::fill).toList());
            mails.add(Mail.withText(invitee.email(), letter.fill("Invitation au forum « {{forum}} » du {{date}}"), body)
                    .addAttachment("invitation.pdf", InvitationDocuments.pdf(letter), "application/pdf"));
            ids.add(invitee.id());
        }
        if (mails.isEmpty()) {
            return;
        }
        long forumId = f.id;
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                for (int i = 0; i < mails.size(); i++) {
                    Mail mail = mails.get(i);
                    long inviteeId = ids.get(i);
                    // an SMTP server closes idle connections (421): a fresh attempt goes through
                    mailer.send(mail).onFailure().retry().withBackOff(java.time.Duration.ofSeconds(1)).atMost(3)
                            .emitOn(Infrastructure.getDefaultWorkerPool()).subscribe().with(
                            ok -> markInvited(inviteeId),
                            // no address in the log (personal data), nor the SMTP message that may quote it
                            e -> LOG.warnf("Invitation %d non envoyée (forum %d) : %s", inviteeId, forumId,
                                    e.getClass().getSimpleName()));
                }
            }
        });
    }

    void markInvited(long inviteeId) {
        QuarkusTransaction.requiringNew().run(() -> Invitee.update("invitedAt = ?1 where id = ?2",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), inviteeId));
    }

    static String prefecture(String department) {
        return Department.findByCode(department).map(d -> "Préfecture " + d.withPreposition()).orElse("Préfecture");
    }
}
