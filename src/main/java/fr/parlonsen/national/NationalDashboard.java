package fr.parlonsen.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.kernel.French;
import fr.parlonsen.national.NationalPermissions.Action;
import fr.parlonsen.national.NationalProgress.Filter;
import fr.parlonsen.national.NationalProgress.Sort;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.DashboardSection;

/**
 * The national block of the dashboard (DPS, DICOM, admin): how many départements have transmitted, which are late,
 * which have validated without transmitting, and the way to the national synthesis.
 */
@ApplicationScoped
public class NationalDashboard implements DashboardSection {
    @Inject
    CampaignService campaigns;
    @Inject
    NationalProgress progress;
    @Inject
    NationalPermissions permissions;

    @Override
    @Transactional
    public Optional<Block> block(CurrentUser me) {
        if (!permissions.may(me, Action.PROGRESS)) {
            return Optional.empty();
        }
        Campaign c = campaigns.current().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        List<ProgressRow> rows = progress.progress(me, c.code, null, Filter.NONE, Sort.departement, false).rows();
        String base = "/gestion/national?campagne=" + c.code;
        List<String> late = rows.stream().filter(r -> r.synthesis().late() && r.synthesis().transmittedAt() == null)
                .map(ProgressRow::name).toList();
        List<String> validated = rows.stream().filter(r -> "validated".equals(r.synthesis().status()))
                .map(ProgressRow::name).toList();
        long transmitted = rows.stream().filter(r -> r.synthesis().transmittedAt() != null).count();
        long started = rows.stream().filter(r -> !"none".equals(r.synthesis().status())).count();
        long held = rows.stream().mapToLong(r -> r.forums().held()).sum();
        List<Figure> figures = List.of(
                new Figure(transmitted + " / " + rows.size(), "départements ont transmis leur synthèse"),
                new Figure(French.number(late.size()), French.word(late.size(), "département en retard",
                        "départements en retard")),
                new Figure(French.number(started), French.word(started, "synthèse commencée", "synthèses commencées")),
                new Figure(French.number(held), French.word(held, "forum tenu", "forums tenus") + " en France"));
        List<Todo> todos = new ArrayList<>();
        if (!late.isEmpty()) {
            todos.add(new Todo(French.count(late.size(), "département n'a pas transmis sa synthèse",
                    "départements n'ont pas transmis leur synthèse") + " à l'échéance du " + (c.synthesisDueOn == null ? "—"
                            : French.date(c.synthesisDueOn)) + " : relancez les préfectures.",
                    base + "&retard=1", "Voir les départements en retard", DashboardSection.firstNames(late, 8), true));
        }
        if (!validated.isEmpty()) {
            todos.add(new Todo(French.count(validated.size(), "département a validé sa synthèse sans la transmettre",
                    "départements ont validé leur synthèse sans la transmettre") + ".", base + "&statut=validated",
                    "Voir les synthèses validées non transmises", DashboardSection.firstNames(validated, 8), false));
        }
        if (transmitted > 0) {
            todos.add(new Todo("La synthèse nationale se construit à partir des " + French.count(transmitted, "synthèse transmise",
                        "synthèses transmises") + " : construisez ou relisez son brouillon.",
                "/gestion/national/synthese?campagne=" + c.code, "Ouvrir la synthèse nationale", List.of(), false));
        }
        return Optional.of(new Block(50, "national", "Suivi national", "Campagne « " + c.title + " ».", figures, todos,
                "Rien à faire pour l'instant : aucune synthèse n'est en retard.", base, "Ouvrir le suivi national"));
    }
}
