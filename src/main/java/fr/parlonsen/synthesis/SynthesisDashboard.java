package fr.parlonsen.synthesis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.kernel.French;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.synthesis.SynthesisPermissions.Action;
import fr.parlonsen.web.DashboardSection;

/**
 * The synthesis block of the préfecture's dashboard: where the departmental synthesis stands, its deadline, and
 * what is missing before it can be validated (held forums without validated minutes, questions waiting).
 */
@ApplicationScoped
public class SynthesisDashboard implements DashboardSection {
    @Inject
    CampaignService campaigns;
    @Inject
    SynthesisPermissions permissions;
    @Inject
    SynthesisSources sources;

    @Override
    @Transactional
    public Optional<Block> block(CurrentUser me) {
        String dep = me.department();
        if (dep == null || !me.has(Role.PREFECTURE) || !permissions.may(me, Action.READ, dep)) {
            return Optional.empty();
        }
        Campaign c = campaigns.current().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        String page = SynthesisPages.base(c.code, dep);
        Synthesis s = Synthesis.findLatest(c.id, dep).orElse(null);
        LocalDate today = LocalDate.now(French.PARIS);
        List<String> withoutMinutes = sources.forumRows(c.id, dep).stream()
                .filter(f -> f.held() && !f.minutesValidated())
                .map(f -> f.title() + " (" + French.date(f.startsAt()) + ")").toList();
        int waiting = sources.pendingQuestions(c.id, dep);

        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(s == null ? "Pas commencée" : SynthesisTemplates.statusLabel(s.status),
                s == null ? "synthèse départementale" : "synthèse départementale, version " + s.version));
        Long daysLeft = c.synthesisDueOn == null ? null : ChronoUnit.DAYS.between(today, c.synthesisDueOn);
        if (c.synthesisDueOn != null) {
            figures.add(new Figure(French.date(c.synthesisDueOn), "échéance de transmission"
                    + (s != null && s.transmittedAt != null ? "" : daysLeft < 0 ? " (dépassée)"
                            : daysLeft == 0 ? " (aujourd'hui)" : " (dans " + French.count(daysLeft, "jour", "jours") + ")")));
        }
        figures.add(new Figure(French.number(withoutMinutes.size()), French.word(withoutMinutes.size(),
                "forum tenu sans compte rendu validé", "forums tenus sans compte rendu validé")));
        figures.add(new Figure(French.number(waiting), French.word(waiting, "question en attente de modération",
                "questions en attente de modération")));

        boolean transmitted = s != null && Synthesis.TRANSMITTED.equals(s.status);
        boolean urgent = daysLeft != null && daysLeft <= 7 && !transmitted;
        List<Todo> todos = new ArrayList<>();
        if (!transmitted) {
            if (!withoutMinutes.isEmpty()) {
                todos.add(new Todo("Avant de valider la synthèse, " + French.count(withoutMinutes.size(),
                        "forum tenu attend", "forums tenus attendent") + " un compte rendu validé.",
                        "/gestion/comptes-rendus", "Voir les comptes rendus manquants",
                        DashboardSection.firstNames(withoutMinutes, 6), urgent));
            }
            if (waiting > 0) {
                todos.add(new Todo("Avant de valider la synthèse, " + French.count(waiting, "question attend",
                        "questions attendent") + " la modération.", "/gestion/questions?departement=" + dep
                                + "&campagne=" + c.code, "Modérer avant la synthèse", List.of(), urgent));
            }
            if (s == null) {
                todos.add(new Todo("La synthèse n'est pas commencée : construisez son brouillon à partir des comptes "
                        + "rendus validés et des questions publiées.", page, "Construire le brouillon de la synthèse",
                        List.of(), urgent));
            } else if (Synthesis.DRAFT.equals(s.status)) {
                todos.add(new Todo("Le brouillon (version " + s.version + ") est à relire"
                        + (withoutMinutes.isEmpty() && waiting == 0 ? ", puis à valider : tout est prêt." : "."), page,
                        "Relire et valider la synthèse", List.of(), urgent));
            } else if (Synthesis.VALIDATED.equals(s.status)) {
                todos.add(new Todo("La synthèse est validée (version " + s.version + ") : transmettez-la au niveau "
                        + "national.", page, "Transmettre la synthèse", List.of(), urgent));
            }
        }
        String done = transmitted ? "Synthèse transmise le " + French.date(s.transmittedAt)
                + " (version " + s.version + ")." : "Rien à faire.";
        return Optional.of(new Block(40, "synthese", "Synthèse départementale", "Campagne « " + c.title + " ».",
                figures, todos, done, page, "Ouvrir la synthèse départementale"));
    }
}
