package fr.parlonsen.question;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.TooManyRequests;
import fr.parlonsen.kernel.DomainError.Unreadable;
import fr.parlonsen.territory.TerritoryQueries;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicChoices;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.campaign.TopicSuggestions.TopicChoice;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.question.QuestionForms.Accepted;
import fr.parlonsen.question.QuestionForms.AnswerForm;
import fr.parlonsen.question.QuestionForms.DetectionView;
import fr.parlonsen.question.QuestionForms.Moderation;
import fr.parlonsen.question.QuestionForms.ModerationView;
import fr.parlonsen.question.QuestionForms.PublicQuestion;
import fr.parlonsen.question.QuestionForms.SubmitQuestion;
import fr.parlonsen.question.QuestionPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.Department;
import fr.parlonsen.web.FormValidation;

/**
 * Citizens' questions: public submission (honeypot, rate limit, Idempotency-Key, personal data masked), the
 * moderation queue, publication or rejection, answers, and the published questions of a forum.
 */
@ApplicationScoped
public class QuestionService {
    @Inject
    QuestionPermissions permissions;
    @Inject
    PersonalData personalData;
    @Inject
    TopicSuggestions topics;
    @Inject
    fr.parlonsen.campaign.TopicExamples examples;
    @Inject
    fr.parlonsen.security.RateLimiter limiter;
    @Inject
    FormValidation validation;
    @Inject
    fr.parlonsen.security.FormTokens formTokens;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "parlonsen.questions.rate-limit.max", defaultValue = "5")
    int rateMax;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "parlonsen.questions.rate-limit.window", defaultValue = "PT10M")
    java.time.Duration rateWindow;

    /** The rate-limit bucket of public questions (table rate_limit_window). */
    public static final String RATE_BUCKET = "question";
    @Inject
    ObjectMapper json;
    @Inject
    EntityManager em;
    @Inject
    TerritoryQueries territory;
    @Inject
    fr.parlonsen.cluster.Generations generations;

    /** The content topic of the published questions and answers (public pages of every replica follow it). */
    public static final String PUBLIC_TOPIC = "question";

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
                    + fr.parlonsen.kernel.French.count(Math.max(1, (wait + 59) / 60), "minute", "minutes") + ".", wait);
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
            forum = publicForum(s.forumId());
            department = forum.department;
        } else {
            department = s.department();
            if (department == null || Department.findByCode(department).isEmpty()) {
                throw new NotFound("Aucun département « " + department + " ».");
            }
            forum = null;
            if (form.forumId() != null) {
                forum = Forum.findById(form.forumId());
                if (forum == null || !department.equals(forum.department) || !isPublic(forum)) {
                    throw new Invalid("forumId", "Ce forum n'est pas un forum public de ce département.");
                }
            }
        }
        Campaign campaign = forum != null ? forum.campaign
                : Campaign.findCurrent(LocalDate.now()).orElseThrow(() -> new NotFound("Aucune campagne."));
        String commune = blankToNull(form.communeCode());
        if (commune != null && communeName(commune, department) == null) {
            throw new Invalid("communeCode", "La commune « " + commune + " » n'est pas dans ce département.");
        }
        return new Target(campaign, department, forum);
    }

    @Transactional
    public List<ModerationView> queue(CurrentUser user, String campaignRef, String department, String status) {
        if (!permissions.may(user, Action.LIST, department)) {
            throw new Forbidden("Les questions de ce département ne sont pas dans votre périmètre.");
        }
        Campaign campaign = Campaign.findByCodeOrId(campaignRef)
                .orElseThrow(() -> new NotFound("Aucune campagne « " + campaignRef + " »."));
        QuestionStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = QuestionStatus.fromCode(status).orElseThrow(() -> new Invalid("status",
                    "Statut inconnu : « " + status + " » (attendu : pending, published, rejected)."));
        }
        boolean original = permissions.may(user, Action.READ_ORIGINAL, department);
        Map<Long, String> forumTitles = new HashMap<>();
        return Question.listQueue(campaign.id, department, wanted).stream()
                .map(q -> view(q, original, forumTitles)).toList();
    }

    @Transactional
    public ModerationView moderate(CurrentUser user, long id, Moderation form) {
        Question q = question(user, id, Action.MODERATE);
        validation.check(form == null ? new Moderation(null, null, null) : form);
        boolean reject = "reject".equals(form.decision());
        if (reject && (form.reason() == null || form.reason().isBlank())) {
            throw new Invalid("reason", "Indiquez le motif du rejet.");
        }
        if (form.topic() != null && !form.topic().isBlank()) {
            Campaign campaign = Campaign.findById(q.campaignId);
            if (campaign.topic(form.topic().strip()).isEmpty()) {
                throw new Invalid("topic", "Sous-thème inconnu dans cette campagne : « " + form.topic() + " ».");
            }
            q.topic = form.topic().strip();
            q.topicSource = TopicSuggestions.CHOSEN;
            examples.record(q.campaignId, q.topic, q.maskedText, fr.parlonsen.campaign.TopicExamples.QUESTION, q.id, user.username());
        }
        q.status = reject ? QuestionStatus.REJECTED : QuestionStatus.PUBLISHED;
        q.rejectReason = reject ? form.reason().strip() : null;
        q.moderatedBy = user.username();
        q.moderatedAt = Instant.now();
        generations.bump(PUBLIC_TOPIC);
        return view(q, true, new HashMap<>());
    }

    @Transactional
    public ModerationView answer(CurrentUser user, long id, AnswerForm form) {
        Question q = question(user, id, Action.ANSWER);
        validation.check(form == null ? new AnswerForm(null) : form);
        if (q.status == QuestionStatus.REJECTED) {
            throw new Conflict("Cette question a été rejetée : publiez-la avant d'y répondre.");
        }
        q.answerOriginal = form.text().strip();
        q.answerMasked = personalData.mask(q.answerOriginal).masked();
        q.answeredBy = user.username();
        q.answeredAt = Instant.now();
        generations.bump(PUBLIC_TOPIC);
        return view(q, true, new HashMap<>());
    }

    /** The published questions of a public forum, masked, with their published answers. */
    @Transactional
    public List<PublicQuestion> published(long forumId) {
        Forum forum = publicForum(forumId);
        Campaign campaign = forum.campaign;
        return Question.listPublishedByForum(forumId).stream().map(q -> new PublicQuestion(q.id, q.forumId,
                q.maskedText, q.topic, q.topic == null ? null : campaign.topic(q.topic).map(t -> t.title).orElse(null),
                q.answerMasked, q.submittedAt, q.answeredAt, q.source)).toList();
    }

    /** A public forum as the question forms name it. */
    public record ForumHeading(long id, String title, String department, java.time.LocalDateTime startsAt,
            String venueName) {
        static ForumHeading of(Forum f) {
            return new ForumHeading(f.id, f.title, f.department, f.startsAt, f.venueName);
        }
    }

    public record CommuneOption(String code, String name) {
    }

    /**
     * What a public question form needs: its forum (forum form) or the public forums to choose from (département
     * form), the communes of the département. 404 when the forum is not public or the département unknown.
     */
    public record PublicForm(String department, String departmentName, ForumHeading forum,
            List<ForumHeading> forums, List<CommuneOption> communes) {
    }

    @Transactional
    public PublicForm publicForm(Long forumId, String department) {
        Forum forum = forumId == null ? null : publicForum(forumId);
        String dep = forum != null ? forum.department : department;
        Department d = dep == null ? null : Department.findByCode(dep).orElse(null);
        if (d == null) {
            throw new NotFound("Aucun département « " + dep + " ».");
        }
        List<ForumHeading> forums = forum != null ? List.of() : Forum.<Forum> list(
                "department = ?1 and status in ?2 order by startsAt", dep,
                List.of(ForumStatus.PUBLISHED, ForumStatus.HELD)).stream().map(ForumHeading::of).toList();
        return new PublicForm(d.code, d.name, forum == null ? null : ForumHeading.of(forum), forums,
                territory.names(TerritoryQueries.Zone.COMMUNES, dep).entrySet().stream()
                        .map(r -> new CommuneOption(r.getKey(), r.getValue())).toList());
    }

    /** The moderation page: the queue of a département and the campaign's topics to choose from. */
    public record ModerationPage(String campaign, String department, String status, List<ModerationView> questions,
            List<TopicChoices.ThemeView> themes, boolean mayModerate) {
    }

    @Transactional
    public ModerationPage moderationPage(CurrentUser user, String campaignRef, String department, String status) {
        List<ModerationView> queue = queue(user, campaignRef, department, status);
        Campaign campaign = Campaign.findByCodeOrId(campaignRef).orElseThrow();
        return new ModerationPage(campaign.code, department, status, queue, TopicChoices.of(campaign),
                permissions.may(user, Action.MODERATE, department));
    }

    // ---- internals

    void setText(Question q, String text) {
        PersonalData.Result masked = personalData.mask(text);
        q.originalText = text;
        q.maskedText = masked.masked();
        q.detections = write(masked.found());
    }

    private Question question(CurrentUser user, long id, Action action) {
        Question q = Question.findById(id);
        if (q == null) {
            throw new NotFound("Aucune question n° " + id + ".");
        }
        if (!permissions.may(user, action, q.department)) {
            throw new Forbidden("Cette question n'est pas dans votre périmètre de modération.");
        }
        return q;
    }

    private static Forum publicForum(long forumId) {
        Forum forum = Forum.findById(forumId);
        if (forum == null || !isPublic(forum)) {
            throw new NotFound("Aucun forum public n° " + forumId + ".");
        }
        return forum;
    }

    private static boolean isPublic(Forum f) {
        return f.status == ForumStatus.PUBLISHED || f.status == ForumStatus.HELD;
    }

    private ModerationView view(Question q, boolean original, Map<Long, String> forumTitles) {
        String forumTitle = q.forumId == null ? null
                : forumTitles.computeIfAbsent(q.forumId, id -> Forum.<Forum> findByIdOptional(id).map(f -> f.title)
                        .orElse(null));
        return new ModerationView(q.id, q.forumId, forumTitle, q.department, q.source, q.status.code, q.maskedText,
                original ? q.originalText : null, original ? detections(q) : null, q.communeCode,
                q.communeCode == null ? null : communeName(q.communeCode, q.department), original ? q.email : null,
                q.topic, q.topicSuggested, q.topicSource, q.rejectReason, q.answerMasked,
                original ? q.answerOriginal : null, q.submittedAt, q.moderatedBy, q.moderatedAt);
    }

    private List<DetectionView> detections(Question q) {
        if (q.detections == null || q.detections.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(q.detections, new TypeReference<List<DetectionView>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private String communeName(String code, String department) {
        return territory.communeName(code, department).orElse(null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
