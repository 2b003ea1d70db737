package fr.parlonsen.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.minutes.Minutes;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.NoteForm;
import fr.parlonsen.minutes.MinutesForms.ReopenForm;
import fr.parlonsen.minutes.MinutesEditing;
import fr.parlonsen.minutes.MinutesWorkflow;
import fr.parlonsen.question.Question;
import fr.parlonsen.question.QuestionForms.AnswerForm;
import fr.parlonsen.question.QuestionForms.Moderation;
import fr.parlonsen.question.QuestionForms.SubmitQuestion;
import fr.parlonsen.question.QuestionAnswers;
import fr.parlonsen.question.QuestionModeration;
import fr.parlonsen.question.QuestionSubmission;
import fr.parlonsen.question.QuestionSubmission.FormOrigin;
import fr.parlonsen.question.QuestionSubmission.Submission;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;

/**
 * Demo data of the minutes and questions (profile demo only, {@code parlonsen.demo.enabled}), idempotent: four
 * held Aisne forums of the 2009 campaign get minutes in every state (validated, submitted, reopened, draft), and the
 * département gets citizens' questions in every state (pending, published with an answer, rejected). It uses the
 * held forums already there (the forum demo data) and creates four only when there are none. Everything goes
 * through the services, as people would, so the audit trail and the history are real.
 */
@ApplicationScoped
public class MinutesDemoData {
    private static final Logger LOG = Logger.getLogger(MinutesDemoData.class);
    static final String DEP = "02";

    @Inject
    MinutesEditing minutes;
    @Inject
    MinutesWorkflow workflow;
    @Inject
    QuestionSubmission submissions;
    @Inject
    QuestionModeration moderation;
    @Inject
    QuestionAnswers answers;
    @ConfigProperty(name = "parlonsen.demo.enabled")
    boolean enabled;

    void onStart(@Observes @Priority(5000) io.quarkus.runtime.StartupEvent event) {
        if (enabled) {
            try {
                seed();
                seedLive();
            } catch (RuntimeException e) {
                LOG.error("Données de démonstration des comptes rendus non créées : le profil demo ne démarre pas.", e);
                throw new IllegalStateException("Données de démonstration des comptes rendus non créées : "
                        + e.getMessage(), e);
            }
        }
    }

    public void seed() {
        List<Long> forums = heldForums();
        if (forums.size() < 4) {
            forums = createForums();
        }
        seedOn(forums);
    }

    /** Minutes in every state on these four forums, questions on the first two; skips what is already there. */
    public void seedOn(List<Long> forums) {
        seedMinutes(forums.get(0), "validated");
        seedMinutes(forums.get(1), "submitted");
        seedMinutes(forums.get(2), "reopened");
        seedMinutes(forums.get(3), "draft");
        seedQuestions(forums.get(0), forums.get(1));
        LOG.info("Données de démonstration des comptes rendus et des questions prêtes (Aisne).");
    }

    /**
     * Four held Aisne forums that a facilitator runs (only they may write minutes): those that already have
     * minutes first, so that a second run on an existing demo database finds the forums it seeded and skips them.
     */
    @Transactional
    List<Long> heldForums() {
        Campaign c = Campaign.findByCode("2009").orElseThrow();
        List<Forum> held = Forum.listByCampaignAndDepartment(c.id, DEP).stream()
                .filter(f -> f.status == ForumStatus.HELD && !f.facilitators.isEmpty()).toList();
        List<Long> ids = new ArrayList<>();
        held.stream().filter(f -> Minutes.findByForum(f.id).isPresent()).forEach(f -> ids.add(f.id));
        held.stream().filter(f -> !ids.contains(f.id)).forEach(f -> ids.add(f.id));
        return ids.stream().limit(4).toList();
    }

    record DemoForum(String title, LocalDateTime startsAt, String venue, String venueCommune, String arrondissement,
            List<String> communes) {
    }

    static final List<DemoForum> FORUMS = List.of(
            new DemoForum("Forum de Soissons", LocalDateTime.of(2009, 3, 26, 18, 30), "Salle du Mail", "02722", "024",
                    List.of("02722", "02064", "02243", "02245", "02477", "02805")),
            new DemoForum("Forum de Laon", LocalDateTime.of(2009, 4, 9, 18, 30), "Maison des arts et loisirs",
                    "02408", "022", List.of("02408", "02028", "02157")),
            new DemoForum("Forum de Château-Thierry", LocalDateTime.of(2009, 4, 23, 18, 0), "Palais des rencontres",
                    "02168", "021", List.of("02168", "02114", "02290", "02163", "02555")),
            new DemoForum("Forum de Saint-Quentin", LocalDateTime.of(2009, 5, 7, 18, 30), "Palais de Fervaques",
                    "02691", "023", List.of("02691", "02340", "02371")));

    /** Only when the forum demo data has no held Aisne forum: four held forums of March to May 2009. */
    @Transactional
    List<Long> createForums() {
        Campaign c = Campaign.findByCode("2009").orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (DemoForum d : FORUMS) {
            Forum f = new Forum();
            f.campaign = c;
            f.department = DEP;
            f.title = d.title();
            f.startsAt = d.startsAt();
            f.endsAt = d.startsAt().plusHours(2).plusMinutes(30);
            f.status = ForumStatus.HELD;
            f.venueName = d.venue();
            f.venueCommune = d.venueCommune();
            f.venueAccessible = true;
            f.catchmentKind = "communes";
            f.catchment.addAll(d.communes());
            f.communes.addAll(d.communes());
            f.arrondissements.add(d.arrondissement());
            f.facilitators.add("animateur-02");
            f.createdBy = "demo";
            f.persist();
            ids.add(f.id);
        }
        return ids;
    }

    @Transactional
    boolean hasMinutes(long forumId) {
        return Minutes.findByForum(forumId).isPresent();
    }

    @Transactional
    String facilitatorOf(long forumId) {
        Forum f = Forum.findById(forumId);
        return f.facilitators.stream().findFirst().orElse("animateur-02");
    }

    void seedMinutes(long forumId, String state) {
        if (hasMinutes(forumId)) {
            return;
        }
        String username = facilitatorOf(forumId);
        CurrentUser facilitator = new CurrentUser(username, username, Set.of(Role.FACILITATOR), DEP, Set.of());
        CurrentUser prefecture = new CurrentUser("prefecture-02", "Cabinet du préfet de l'Aisne",
                Set.of(Role.PREFECTURE), DEP, Set.of());
        boolean complete = !state.equals("draft");
        int v = minutes.save(facilitator, forumId, 0, content(complete, false)).version();
        if (state.equals("draft")) {
            return;
        }
        v = minutes.save(facilitator, forumId, v, content(true, true)).version();
        v = workflow.submit(facilitator, forumId, v).version();
        if (state.equals("submitted")) {
            return;
        }
        v = workflow.validate(prefecture, forumId, v).version();
        if (state.equals("reopened")) {
            workflow.reopen(prefecture, forumId, v, new ReopenForm("Le nombre d'élus présents est à vérifier avec "
                    + "la liste d'émargement."));
        }
    }

    static MinutesForm content(boolean complete, boolean withWeaknesses) {
        Attendance attendance = complete ? new Attendance(84, new ByCategory(58, 11, 6, 2, 4, 2, 1))
                : new Attendance(null, ByCategory.EMPTY);
        List<ItemForm> questions = List.of(
                new ItemForm(null, "Pourquoi le commissariat n'accueille-t-il plus le public après 19 heures ?",
                        null, "Une permanence est assurée la nuit ; la pré-plainte en ligne permet de prendre "
                                + "rendez-vous.", null),
                new ItemForm(null, "Que fait-on contre les cambriolages dans les villages isolés ?", null,
                        "L'opération tranquillité vacances est étendue et les patrouilles de gendarmerie renforcées.",
                        null));
        List<ItemForm> strengths = List.of(
                new ItemForm(null, "La réactivité de la gendarmerie lors des appels au 17.", null, null, null),
                new ItemForm(null, "Le travail commun de la police municipale et de la police nationale.", null,
                        null, null));
        List<ItemForm> weaknesses = withWeaknesses ? List.of(
                new ItemForm(null, "Le sentiment d'insécurité aux abords de la gare le soir.", null, null, null),
                new ItemForm(null, "Les délais d'attente pour déposer plainte.", null, null, null)) : List.of();
        List<ItemForm> proposals = List.of(
                new ItemForm(null, "Installer des caméras de vidéoprotection près de la gare et du collège.", null,
                        null, null),
                new ItemForm(null, "Créer une réunion trimestrielle entre élus, gendarmes et associations.", null,
                        null, null));
        return new MinutesForm(attendance, "2009-04-02T18:30:00+02:00", complete ? "2009-04-02T21:00:00+02:00" : null,
                "Le sous-préfet a présenté la démarche, puis le commandant de compagnie et le commissaire ont "
                        + "répondu aux questions de la salle. Échanges nombreux et courtois.",
                List.of(new NoteForm(null, "proximite.cambriolages", "Plusieurs habitants ont évoqué une série de "
                        + "cambriolages l'hiver dernier."),
                        new NoteForm(null, "proximite.stupefiants", "Inquiétude des parents sur le trafic de "
                                + "cannabis près du lycée.")),
                questions, strengths, weaknesses, complete ? proposals : List.of());
    }

    /** The announced Aisne forums of the running demo campaign (not 2009), soonest first. */
    @Transactional
    List<Long> announcedLiveForums() {
        return Campaign.listNewestFirst().stream().filter(c -> !"2009".equals(c.code)).findFirst()
                .map(c -> Forum.listByCampaignAndDepartment(c.id, DEP).stream()
                        .filter(f -> f.status == ForumStatus.PUBLISHED).map(f -> f.id).toList())
                .orElse(List.of());
    }

    /** On the next announced forum of the running demo campaign: a question answered, one waiting. */
    public void seedLive() {
        List<Long> announced = announcedLiveForums();
        if (announced.isEmpty() || hasPublicQuestions(announced.get(0))) {
            return;
        }
        long forum = announced.get(0);
        CurrentUser moderator = new CurrentUser("moderateur-02", "Marc Modérateur (Aisne)", Set.of(Role.MODERATOR),
                DEP, Set.of());
        long answered = ask(forum, "Le forum sera-t-il accessible aux personnes en fauteuil roulant ?", null, 11);
        moderation.moderate(moderator, answered, new Moderation("publish", null, null));
        answers.answer(moderator, answered, new AnswerForm("Oui : la salle est de plain-pied et une place de "
                + "stationnement réservée se trouve devant l'entrée."));
        ask(forum, "Peut-on parler de la vitesse des voitures devant l'école ?", null, 12);
    }

    @Transactional
    boolean hasPublicQuestions(long forumId) {
        return Question.count("forumId = ?1 and source = ?2", forumId, Question.SOURCE_PUBLIC) > 0;
    }

    void seedQuestions(long forumA, long forumB) {
        if (hasPublicQuestions(forumA) || hasPublicQuestions(forumB)) {
            return;
        }
        CurrentUser moderator = new CurrentUser("moderateur-02", "Marc Modérateur (Aisne)", Set.of(Role.MODERATOR),
                DEP, Set.of());
        long pending = ask(forumA, "Bonjour, je suis Mme Lefèvre (06 12 34 56 78). Des jeunes font du rodéo en "
                + "moto tous les soirs rue de la République : que comptez-vous faire ?", "02722", 1);
        long published = ask(forumA, "Les caméras de vidéoprotection filment-elles aussi les jardins privés ?",
                "02064", 2);
        long rejected = ask(forumB, "Achetez nos alarmes à prix cassés sur notre site !", null, 3);
        ask(forumB, "La brigade de gendarmerie de mon canton va-t-elle fermer ? Contact : paul.durand@example.fr",
                "02408", 4);
        moderation.moderate(moderator, published, new Moderation("publish", null, "modernisation.videoprotection"));
        answers.answer(moderator, published, new AnswerForm("Non : les caméras sont orientées vers la voie "
                + "publique et les zones privées sont masquées, sous le contrôle de la commission départementale."));
        moderation.moderate(moderator, rejected, new Moderation("reject", "Message publicitaire sans rapport avec "
                + "la consultation.", null));
        LOG.debugf("Question %d laissée en attente.", pending);
    }

    private long ask(long forumId, String text, String commune, int n) {
        return submissions.submit(new Submission(forumId, null, new SubmitQuestion(text, commune, null, null, null),
                "demo-" + n, null, FormOrigin.INTERNAL)).questionId();
    }
}
