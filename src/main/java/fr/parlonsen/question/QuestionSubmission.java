package fr.parlonsen.question;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.campaign.TopicSuggestions.TopicChoice;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.TooManyRequests;
import fr.parlonsen.kernel.DomainError.Unreadable;
import fr.parlonsen.kernel.French;
import fr.parlonsen.question.QuestionForms.Accepted;
import fr.parlonsen.question.QuestionForms.SubmitQuestion;
import fr.parlonsen.security.FormTokens;
import fr.parlonsen.security.RateLimiter;
import fr.parlonsen.territory.Department;
import fr.parlonsen.territory.TerritoryQueries;
import fr.parlonsen.web.FormValidation;

/**
 * A citizen's question sent to a forum or a département, and the defences of that public form: the honeypot field,
 * the single-use fill-time token, the rate limit per connection, the Idempotency-Key (a replay gets the first
 * answer), personal data masked before anyone reads the text.
 */
@ApplicationScoped
public class QuestionSubmission {
    /** The rate-limit bucket of public questions (table rate_limit_window). */
    public static final String RATE_BUCKET = "question";

    @Inject
    PersonalData personalData;
    @Inject
    TopicSuggestions topics;
    @Inject
    RateLimiter limiter;
    @Inject
    FormValidation validation;
    @Inject
    FormTokens formTokens;
    @Inject
    @ConfigProperty(name = "parlonsen.questions.rate-limit.max", defaultValue = "5")
    int rateMax;
    @Inject
    @ConfigProperty(name = "parlonsen.questions.rate-limit.window", defaultValue = "PT10M")
    Duration rateWindow;
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;
    @Inject
    TerritoryQueries territory;

    /**
     * A public submission to a forum ({@code forumId}) or to a département ({@code department}, the forum then
     * optional in the form). {@code client} is the address the rate limit counts.
     */
    public record Submission(Long forumId, String department, SubmitQuestion form, String client,
            String idempotencyKey, FormOrigin origin) {
    }

    /**
     * Where a submission comes from: a public route (HTML form or JSON API), which must carry its single-use
     * fill-time token; or the application itself (demo data), which carries none.
     */
    public record FormOrigin(boolean publicRoute, String token) {
        public static final FormOrigin INTERNAL = new FormOrigin(false, null);

        public static FormOrigin publicRoute(String token) {
            return new FormOrigin(true, token);
        }
    }

    /** The answer to give (202 and its JSON body), the first one again for a replay. */
    public record Submitted(int status, String body, long questionId, boolean replay) {
    }

    @Transactional
    public Submitted submit(Submission s) {
        SubmitQuestion form = s.form() == null ? new SubmitQuestion(null, null, null, null, null) : s.form();
        String key = s.idempotencyKey() == null || s.idempotencyKey().isBlank() ? null : s.idempotencyKey().strip();
        if (key != null && key.length() > 200) {
            throw new Unreadable("L'en-tête Idempotency-Key ne doit pas dépasser 200 caractères.");
        }
        if (key != null) {
            Submitted first = replay(key, requestHash(s, form));
            if (first != null) {
                return first;
            }
        }
        if (form.website() != null && !form.website().isBlank()) {
            throw new Unreadable("Envoi refusé : un champ réservé à la détection des robots a été rempli.");
        }
        validation.check(form);
        if (s.origin() == null || s.origin().publicRoute()) {
            checkFillTime(s.origin() == null ? null : s.origin().token());
        }
        Target target = target(s, form);
        limiter.acquire(RATE_BUCKET, s.client(), rateMax, rateWindow).ifPresent(wait -> {
            throw new TooManyRequests("Trop de questions envoyées depuis votre connexion : réessayez dans "
                    + French.count(Math.max(1, (wait + 59) / 60), "minute", "minutes") + ".", wait);
        });

        Question q = new Question();
        q.campaignId = target.campaign.id;
        q.department = target.department;
        q.forumId = target.forum == null ? null : target.forum.id;
        q.source = Question.SOURCE_PUBLIC;
        q.status = QuestionStatus.PENDING;
        setText(q, form.text().strip());
        q.communeCode = blankToNull(form.communeCode());
        q.email = blankToNull(form.email());
        TopicChoice choice = topics.choose(target.campaign, q.maskedText, null, null);
        q.topic = choice.topic();
        q.topicSuggested = choice.suggested();
        q.topicSource = choice.source();
        q.submittedAt = Instant.now();
        q.persist();

        String body = write(new Accepted(q.id, QuestionStatus.PENDING.code));
        if (key != null) {
            em.createNativeQuery("UPDATE question_idempotency SET status = 202, response = ?1, question_id = ?2 "
                    + "WHERE idem_key = ?3").setParameter(1, body).setParameter(2, q.id).setParameter(3, key)
                    .executeUpdate();
        }
        return new Submitted(202, body, q.id, false);
    }

    /** The text as sent (original, read by moderators only) and masked, with what the masking found. */
    void setText(Question q, String text) {
        PersonalData.Result masked = personalData.mask(text);
        q.originalText = text;
        q.maskedText = masked.masked();
        q.detections = write(masked.found());
    }

    /**
     * Claims the key (INSERT IGNORE waits for a concurrent request holding it); if it was already used, the first
     * answer, or 422 when the key came with another question. The waiting INSERT IGNORE leaves a shared lock on the
     * row: the read keeps that shared lock (LOCK IN SHARE MODE), never asks for an exclusive one, so that several
     * replays waiting on the same key cannot deadlock each other.
     */
    private Submitted replay(String key, String hash) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO question_idempotency (idem_key, request_hash, status, "
                + "response) VALUES (?1, ?2, 0, '')").setParameter(1, key).setParameter(2, hash).executeUpdate();
        if (claimed == 1) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT request_hash, status, response, question_id FROM "
                + "question_idempotency WHERE idem_key = ?1 LOCK IN SHARE MODE").setParameter(1, key).getSingleResult();
        if (!hash.equals(row[0])) {
            throw new Invalid("Clé d'idempotence déjà utilisée",
                    "Cette clé Idempotency-Key a déjà servi pour une autre question : générez-en une nouvelle.", List.of());
        }
        return new Submitted(((Number) row[1]).intValue(), (String) row[2],
                row[3] == null ? 0 : ((Number) row[3]).longValue(), true);
    }

    private void checkFillTime(String issuedAt) {
        switch (formTokens.consume(issuedAt)) {
            case OK -> {
            }
            case TOO_FAST -> throw new Invalid("issuedAt", "Ce formulaire a été envoyé trop vite après son "
                    + "affichage : relisez votre question, puis envoyez-la à nouveau.");
            case EXPIRED -> throw new Invalid("issuedAt", "Ce formulaire a été affiché il y a trop "
                    + "longtemps : envoyez-le à nouveau.");
            case MISSING_OR_FORGED -> throw new Invalid("issuedAt", "Ce formulaire n'est pas valide : "
                    + "rechargez la page et envoyez-le à nouveau.");
            case REUSED -> throw new Invalid("issuedAt", "Ce formulaire a déjà été envoyé une fois : "
                    + "rechargez la page pour poser une autre question.");
        }
    }

    private String requestHash(Submission s, SubmitQuestion form) {
        String canonical = (s.forumId() == null ? "dep:" + s.department() : "forum:" + s.forumId()) + "\n"
                + write(form);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Target(Campaign campaign, String department, Forum forum) {
    }

    private Target target(Submission s, SubmitQuestion form) {
        Forum forum;
        String department;
        if (s.forumId() != null) {
            forum = PublicQuestionReading.publicForum(s.forumId());
            department = forum.department;
        } else {
            department = s.department();
            if (department == null || Department.findByCode(department).isEmpty()) {
                throw new NotFound("Aucun département « " + department + " ».");
            }
            forum = null;
            if (form.forumId() != null) {
                forum = Forum.findById(form.forumId());
                if (forum == null || !department.equals(forum.department) || !PublicQuestionReading.isPublic(forum)) {
                    throw new Invalid("forumId", "Ce forum n'est pas un forum public de ce département.");
                }
            }
        }
        Campaign campaign = forum != null ? forum.campaign
                : Campaign.findCurrent(LocalDate.now()).orElseThrow(() -> new NotFound("Aucune campagne."));
        String commune = blankToNull(form.communeCode());
        if (commune != null && territory.communeName(commune, department).orElse(null) == null) {
            throw new Invalid("communeCode", "La commune « " + commune + " » n'est pas dans ce département.");
        }
        return new Target(campaign, department, forum);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
