package fr.parlonsen.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.TooManyRequests;
import fr.parlonsen.kernel.DomainError.Unreadable;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.followup.FollowupForms.FeedbackAccepted;
import fr.parlonsen.followup.FollowupForms.FeedbackFormView;
import fr.parlonsen.followup.FollowupForms.FeedbackInput;
import fr.parlonsen.followup.FollowupForms.Question;
import fr.parlonsen.followup.FollowupPermissions.Action;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.question.PersonalDataMasker;
import fr.parlonsen.security.CurrentUser;

/**
 * The anonymous evaluation of a forum: open from its start until 30 days after its end, protected like the
 * question forms (honeypot, signed fill time, rate limit: the question capability's services) and one answer per
 * device (a random cookie, stored hashed) and per form token (a form sent twice is refused).
 */
@ApplicationScoped
public class FeedbackService {
    static final Duration OPEN_AFTER_END = Duration.ofDays(30);
    public static final String DEVICE_COOKIE = "parlonsen-avis";
    public static final String SHORT_PATH = "/avis/";
    /** The security rate limiter's bucket of the feedback form (as many as the question forms). */
    public static final String RATE_BUCKET = "feedback";

    @Inject
    ForumQueries forums;
    @Inject
    fr.parlonsen.security.FormTokens formTokens;
    @Inject
    fr.parlonsen.security.RateLimiter limiter;
    @ConfigProperty(name = "parlonsen.questions.rate-limit.max", defaultValue = "5")
    int rateMax;
    @ConfigProperty(name = "parlonsen.questions.rate-limit.window", defaultValue = "PT10M")
    Duration rateWindow;
    @Inject
    PersonalDataMasker masker;
    @Inject
    FollowupPermissions permissions;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "parlonsen.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    static final List<Question> QUESTIONS = List.of(
            new Question("satisfaction", "integer", "Dans l'ensemble, êtes-vous satisfait de ce forum ? (1 : pas du "
                    + "tout, 5 : tout à fait)", true, 1, 5, null),
            new Question("listened", "boolean", "Vous êtes-vous senti écouté ?", true, null, null, null),
            new Question("answered", "boolean", "Avez-vous obtenu des réponses à vos questions ?", true, null, null, null),
            new Question("wouldReturn", "boolean", "Reviendriez-vous à un prochain forum ?", true, null, null, null),
            new Question("comment", "text", "Un commentaire (facultatif)", false, null, null, 2000));

    /** What a submission brings: who (the address the rate limit counts, the device cookie), how, and when. */
    public record Submission(long forumId, FeedbackInput input, String client, String deviceId, boolean htmlForm,
            Instant now) {
    }

    /** The public link of a forum's feedback form, the one its QR code holds. */
    public String url(long forumId) {
        return publicUrl.replaceAll("/+$", "") + SHORT_PATH + forumId;
    }

    /** The form's definition and whether it is open now; with a fresh form token when asked. */
    @Transactional
    public FeedbackFormView form(long forumId, boolean withToken) {
        ForumFacts f = publicForum(forumId);
        Instant opens = opensAt(f);
        Instant closes = closesAt(f);
        Instant now = Instant.now();
        boolean open = !now.isBefore(opens) && !now.isAfter(closes);
        fr.parlonsen.security.FormTokens.Issued issued = withToken ? formTokens.issueWithNotBefore() : null;
        String token = issued == null ? null : issued.token();
        Instant notBefore = issued == null ? null : issued.notBefore();
        return new FeedbackFormView(f.id(), f.title(), f.department(), open, opens, closes, url(f.id()), QUESTIONS,
                token, notBefore, "POST", "/api/v1/public/forums/" + f.id() + "/feedback");
    }

    @Transactional
    public FeedbackAccepted submit(Submission s) {
        FeedbackInput in = s.input() == null ? new FeedbackInput(null, null, null, null, null, null, null) : s.input();
        if (in.website() != null && !in.website().isBlank()) {
            throw new Unreadable("Envoi refusé : un champ réservé à la détection des robots a été rempli.");
        }
        List<Violation> v = new ArrayList<>();
        if (in.satisfaction() == null || in.satisfaction() < 1 || in.satisfaction() > 5) {
            v.add(new Violation("satisfaction", "Choisissez une note de satisfaction de 1 à 5."));
        }
        if (in.listened() == null) {
            v.add(new Violation("listened", "Dites si vous vous êtes senti écouté."));
        }
        if (in.answered() == null) {
            v.add(new Violation("answered", "Dites si vous avez obtenu des réponses."));
        }
        if (in.wouldReturn() == null) {
            v.add(new Violation("wouldReturn", "Dites si vous reviendriez à un prochain forum."));
        }
        String comment = in.comment() == null || in.comment().isBlank() ? null : in.comment().strip();
        if (comment != null && comment.length() > 2000) {
            v.add(new Violation("comment", "Le commentaire tient en 2 000 caractères au plus."));
        }
        if (!v.isEmpty()) {
            throw new Invalid(v);
        }
        ForumFacts f = publicForum(s.forumId());
        Instant now = s.now() == null ? Instant.now() : s.now();
        if (now.isBefore(opensAt(f))) {
            throw new Conflict("Formulaire pas encore ouvert",
                    "Le formulaire d'avis ouvre au début du forum : revenez pendant ou après la réunion.");
        }
        if (now.isAfter(closesAt(f))) {
            throw new Conflict("Formulaire fermé",
                    "Le formulaire d'avis de ce forum est fermé : il reste ouvert 30 jours après la réunion.");
        }
        String token = in.token() == null || in.token().isBlank() ? null : in.token().strip();
        if (s.htmlForm() || token != null) {
            checkFillTime(token);
        }
        limiter.acquire(RATE_BUCKET, s.client(), rateMax, rateWindow).ifPresent(wait -> {
            throw new TooManyRequests("Trop d'avis envoyés depuis votre connexion : réessayez dans "
                    + Math.max(1, (wait + 59) / 60) + " minute(s).", wait);
        });
        String device = s.deviceId() == null || s.deviceId().isBlank() ? null : sha256("device:" + s.deviceId());
        String tokenHash = token == null ? null : sha256("token:" + token);
        if (device != null && count("device_hash", device, f.id()) > 0) {
            throw new Conflict("Avis déjà donné",
                    "Vous avez déjà donné votre avis sur ce forum depuis cet appareil : merci !");
        }
        if (tokenHash != null && count("token_hash", tokenHash, null) > 0) {
            throw new Invalid("token", "Ce formulaire a déjà été envoyé : rechargez la page pour donner "
                    + "un nouvel avis.");
        }
        Feedback fb = new Feedback();
        fb.forumId = f.id();
        fb.campaignId = f.campaignId();
        fb.department = f.department();
        fb.satisfaction = in.satisfaction();
        fb.listened = in.listened();
        fb.answered = in.answered();
        fb.wouldReturn = in.wouldReturn();
        if (comment != null) {
            PersonalDataMasker.Masked masked = masker.mask(comment);
            fb.commentMasked = masked.text();
            fb.maskedCount = masked.detections().size();
        }
        fb.deviceHash = device;
        fb.tokenHash = tokenHash;
        fb.origin = s.htmlForm() ? "form" : "api";
        fb.submittedAt = now;
        try {
            fb.persist();
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // two identical submissions at once: the unique keys decided, the second one is refused
            throw new Conflict("Avis déjà donné", "Cet avis a déjà été enregistré : merci !");
        }
        return new FeedbackAccepted(fb.id, "received");
    }

    /** What staff see of a forum's feedback: counts, averages and the masked comments. */
    public record Results(long forumId, String forumTitle, String department, String url, int count,
            Double satisfaction, Double listened, Double answered, Double wouldReturn, int[] bySatisfaction,
            List<String> comments) {
        public String satisfactionText() {
            return satisfaction == null ? "—" : String.format(java.util.Locale.FRANCE, "%.1f / 5", satisfaction);
        }
    }

    @Transactional
    public Results results(CurrentUser user, long forumId) {
        ForumFacts f = forums.forum(forumId).orElseThrow(() -> new NotFound("Aucun forum n° " + forumId + "."));
        if (!permissions.may(user, Action.FEEDBACK_RESULTS, f.department())) {
            throw new Forbidden("Ce forum n'est pas dans votre périmètre.");
        }
        List<Feedback> all = Feedback.list("forumId = ?1 order by submittedAt", forumId);
        int[] by = new int[5];
        all.forEach(x -> by[x.satisfaction - 1]++);
        List<String> comments = all.stream().map(x -> x.commentMasked).filter(c -> c != null && !c.isBlank()).toList();
        return new Results(f.id(), f.title(), f.department(), url(f.id()), all.size(),
                avg(all.stream().mapToDouble(x -> x.satisfaction).toArray()),
                avg(all.stream().mapToDouble(x -> x.listened ? 1 : 0).toArray()),
                avg(all.stream().mapToDouble(x -> x.answered ? 1 : 0).toArray()),
                avg(all.stream().mapToDouble(x -> x.wouldReturn ? 1 : 0).toArray()), by, comments);
    }

    /** The forum as the QR code and staff pages need it, checked against the user's scope. */
    @Transactional
    public ForumFacts forumFor(CurrentUser user, long forumId) {
        ForumFacts f = forums.forum(forumId).orElseThrow(() -> new NotFound("Aucun forum n° " + forumId + "."));
        if (!permissions.may(user, Action.QR, f.department())) {
            throw new Forbidden("Ce forum n'est pas dans votre périmètre.");
        }
        return f;
    }

    private static Double avg(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double d : values) {
            sum += d;
        }
        return Math.round(100.0 * sum / values.length) / 100.0;
    }

    private long count(String column, String hash, Long forumId) {
        var q = em.createNativeQuery("select count(*) from forum_feedback where " + column + " = ?1"
                + (forumId == null ? "" : " and forum_id = ?2")).setParameter(1, hash);
        if (forumId != null) {
            q.setParameter(2, forumId);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    ForumFacts publicForum(long forumId) {
        ForumFacts f = forums.forum(forumId).orElse(null);
        if (f == null || !f.publicForum()) {
            throw new NotFound("Aucun forum public n° " + forumId + ".");
        }
        return f;
    }

    static Instant opensAt(ForumFacts f) {
        return f.startsAt().atZone(CommitmentService.PARIS).toInstant();
    }

    static Instant closesAt(ForumFacts f) {
        return (f.endsAt() == null ? f.startsAt() : f.endsAt()).atZone(CommitmentService.PARIS).toInstant()
                .plus(OPEN_AFTER_END);
    }

    private void checkFillTime(String token) {
        switch (formTokens.consume(token)) {
            case OK -> {
            }
            case TOO_FAST -> throw new Invalid("token", "Ce formulaire a été envoyé trop vite après son "
                    + "affichage : relisez vos réponses, puis envoyez-les à nouveau.");
            case EXPIRED -> throw new Invalid("token", "Ce formulaire a été affiché il y a trop longtemps : "
                    + "rechargez la page et envoyez-le à nouveau.");
            case REUSED -> throw new Invalid("token", "Ce formulaire a déjà été envoyé : rechargez la page "
                    + "pour donner un nouvel avis.");
            case MISSING_OR_FORGED -> throw new Invalid("token", "Ce formulaire n'est pas valide : rechargez "
                    + "la page et envoyez-le à nouveau.");
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
