package fr.parlonsen.followup;

import java.time.Instant;
import java.time.LocalDate;
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
import fr.parlonsen.followup.FollowupForms.CommitmentInput;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.FeedbackInput;
import fr.parlonsen.followup.FollowupForms.NoteInput;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.forum.ForumQueries.ForumFacts;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.synthesis.SynthesisService;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo data of the follow-up (profile demo only), idempotent: the Aisne synthesis of 2009 is validated if it is
 * not yet (built from the demo minutes, through the synthesis service), commitments are made from it in every
 * status, with progress notes, one left unpublished; the held demo forums get anonymous feedback. Everything
 * goes through the services, as people would; what is already there is kept.
 */
@ApplicationScoped
public class FollowupDemoData {
    private static final Logger LOG = Logger.getLogger(FollowupDemoData.class);
    static final String DEP = "02";
    static final CurrentUser PREFECTURE = new CurrentUser("prefecture-02", "Cabinet du préfet de l'Aisne",
            Set.of(Role.PREFECTURE), DEP, Set.of());

    @Inject
    CommitmentService commitments;
    @Inject
    FeedbackService feedback;
    @Inject
    SynthesisService syntheses;
    @Inject
    SynthesisQueries synthesis;
    @Inject
    ForumQueries forums;
    @ConfigProperty(name = "parlonsen.demo.enabled")
    boolean enabled;

    void onStart(@Observes @Priority(6000) StartupEvent event) {
        if (enabled) {
            try {
                seed();
            } catch (RuntimeException e) {
                LOG.error("Données de démonstration du suivi non créées ; l'application démarre quand même.", e);
            }
        }
    }

    public void seed() {
        Campaign c = campaign();
        if (c == null) {
            return;
        }
        seedFeedback(c);
        List<SynthesisQueries.Item> items = items(c);
        if (items.isEmpty()) {
            try {
                syntheses.buildDraft(PREFECTURE, c.code, DEP);
                syntheses.validate(PREFECTURE, c.code, DEP);
            } catch (RuntimeException e) {
                LOG.info("Synthèse de démonstration non validée : " + e.getMessage());
            }
            items = items(c);
        }
        if (items.isEmpty()) {
            return;
        }
        seedCommitments(c, items);
        LOG.info("Données de démonstration du suivi prêtes (Aisne) : engagements et avis.");
    }

    @Transactional
    Campaign campaign() {
        return Campaign.findByCode("2009").orElse(null);
    }

    /** The demo commitment of this title is already there (made by an earlier start). */
    @Transactional
    boolean exists(Campaign c, String title) {
        return Commitment.count("campaignId = ?1 and department = ?2 and title = ?3", c.id, DEP, title) > 0;
    }

    List<SynthesisQueries.Item> items(Campaign c) {
        List<SynthesisQueries.Item> all = synthesis.followableItems(c.id, DEP);
        List<SynthesisQueries.Item> proposals = all.stream().filter(SynthesisQueries.Item::isProposal).toList();
        return proposals.isEmpty() ? all : proposals;
    }

    record Demo(String title, String carriedBy, String status, String reason, LocalDate dueOn, LocalDate doneOn,
            boolean published, List<String> notes) {
    }

    static final List<Demo> DEMOS = List.of(
            new Demo("Éclairer les abords de la gare et le parking le soir", "Commune", "done", null,
                    LocalDate.of(2009, 10, 31), LocalDate.of(2009, 10, 15), true,
                    List.of("2009-06-10|Étude d'éclairage lancée par la commune avec la gendarmerie.",
                            "2009-10-15|Les nouveaux lampadaires sont en service.")),
            new Demo("Une permanence de la gendarmerie au marché une fois par mois", "Gendarmerie nationale", "in-progress",
                    null, LocalDate.of(2009, 12, 31), null, true,
                    List.of("2009-07-04|Première permanence tenue : une trentaine de visiteurs.")),
            new Demo("Des patrouilles pédestres dans le centre-ville", "Police nationale", "planned", null,
                    LocalDate.of(2010, 3, 31), null, true, List.of()),
            new Demo("Une réunion publique trimestrielle police-habitants", "Préfecture", "abandoned",
                    "Remplacée par les permanences au marché, plus fréquentées.", LocalDate.of(2009, 9, 30), null,
                    true, List.of("2009-09-01|Décision d'abandon prise avec le comité de pilotage.")),
            new Demo("Un groupe de travail avec les associations de quartier", "Associations de quartier", "planned", null,
                    LocalDate.of(2010, 1, 31), null, false, List.of()));

    void seedCommitments(Campaign c, List<SynthesisQueries.Item> items) {
        for (int i = 0; i < DEMOS.size(); i++) {
            Demo d = DEMOS.get(i);
            if (exists(c, d.title())) {
                continue;
            }
            SynthesisQueries.Item item = items.get(i % items.size());
            CommitmentView v = commitments.create(PREFECTURE, c.code, DEP, new CommitmentInput(d.title(),
                    "Engagement pris après les forums à partir de la proposition : « " + item.text() + " »",
                    d.carriedBy(), d.dueOn().toString(), d.status(), d.reason(), List.of(item.id()), null,
                    d.published(), d.doneOn() == null ? null : d.doneOn().toString()));
            for (String n : d.notes()) {
                String[] parts = n.split("\\|", 2);
                commitments.addNote(PREFECTURE, v.id(), new NoteInput(parts[1], parts[0]));
            }
        }
    }

    static final String[] COMMENTS = { "Très bonne soirée, les gendarmes ont pris le temps de répondre.",
            "Trop court pour toutes les questions.", null, "J'ai apprécié l'écoute, à refaire chaque année.", null,
            "Le sujet des cambriolages aurait mérité plus de temps.", null };

    void seedFeedback(Campaign c) {
        for (ForumFacts f : forums.forums(c.id, DEP)) {
            if (!f.isHeld() || hasFeedback(f.id())) {
                continue;
            }
            Instant during = FeedbackService.opensAt(f).plusSeconds(3600);
            int n = 5 + (int) (f.id() % 5);
            for (int i = 0; i < n; i++) {
                int seed = (int) ((f.id() * 31 + i * 17) % 10);
                feedback.submit(new FeedbackService.Submission(f.id(), new FeedbackInput(3 + seed % 3, seed % 4 != 0,
                        seed % 3 != 0, seed % 5 != 0, COMMENTS[(i + (int) f.id()) % COMMENTS.length], null, null),
                        "demo-" + f.id() + "-" + i, "demo-" + f.id() + "-" + i + "-appareil-de-demonstration",
                        false, during));
            }
        }
    }

    @Transactional
    boolean hasFeedback(long forumId) {
        return Feedback.count("forumId", forumId) > 0;
    }

}
