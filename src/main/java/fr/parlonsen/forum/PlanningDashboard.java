package fr.parlonsen.forum;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.kernel.French;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.TerritoryService;
import fr.parlonsen.territory.TerritoryViews.CommuneView;
import fr.parlonsen.web.DashboardSection;

/**
 * The planning block of the dashboard, for those who plan forums (préfecture, sous-préfet): coverage figures and
 * what to do next: cantons no forum covers yet, drafts to publish, past forums still to be marked held, conflicts.
 * A sous-préfet sees their arrondissements: the cantons and forums that touch them.
 */
@ApplicationScoped
public class PlanningDashboard implements DashboardSection {
    @Inject
    CampaignService campaigns;
    @Inject
    CoverageService coverage;
    @Inject
    ForumPermissions permissions;
    @Inject
    TerritoryService territory;

    @Override
    @Transactional
    public Optional<Block> block(CurrentUser me) {
        String dep = me.department();
        if (dep == null || !me.hasAny(Role.PREFECTURE, Role.SOUS_PREFET) || !permissions.may(me, Action.CREATE, dep)) {
            return Optional.empty();
        }
        Campaign c = campaigns.current().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        boolean sousPrefet = !me.has(Role.PREFECTURE) && me.has(Role.SOUS_PREFET);
        Set<String> mine = me.arrondissements();
        Coverage cov = coverage.compute(c, dep);
        String planning = "/gestion/campagnes/" + c.id + "/departements/" + dep + "/forums";
        List<Forum> forums = Forum.listByCampaignAndDepartment(c.id, dep).stream()
                .filter(f -> !sousPrefet || f.arrondissements.stream().anyMatch(mine::contains)).toList();
        LocalDateTime now = LocalDateTime.now(French.PARIS);

        List<Figure> figures = new ArrayList<>();
        List<Coverage.CantonStatus> cantons = cov.cantonStatuses();
        if (sousPrefet) {
            Set<String> cantonsOfMine = new HashSet<>();
            for (CommuneView commune : territory.communes(dep)) {
                if (mine.contains(commune.arrondissement())) {
                    cantonsOfMine.addAll(commune.cantons());
                }
            }
            cantons = cantons.stream().filter(k -> cantonsOfMine.contains(k.code())).toList();
            for (Coverage.ArrondissementCoverage a : cov.arrondissements()) {
                if (mine.contains(a.code())) {
                    figures.add(new Figure(a.communes().percent() + " %", "des communes couvertes — " + a.name()
                            + " (" + a.communes().covered() + " sur " + French.number(a.communes().total()) + ")"));
                }
            }
        } else {
            figures.add(new Figure(cov.communes().percent() + " %", "des communes couvertes ("
                    + French.number(cov.communes().covered()) + " sur " + French.number(cov.communes().total()) + ")"));
        }
        long coveredCantons = cantons.stream().filter(k -> "covered".equals(k.status())).count();
        if (!cantons.isEmpty()) {
            figures.add(new Figure(coveredCantons + " / " + cantons.size(), "cantons couverts par un forum publié ou tenu"));
        }
        long active = forums.stream().filter(f -> f.status != ForumStatus.CANCELLED).count();
        long held = forums.stream().filter(f -> f.status == ForumStatus.HELD).count();
        figures.add(new Figure(French.number(active), French.word(active, "forum prévu", "forums prévus")
                + " (hors annulés)"));
        figures.add(new Figure(French.number(held), French.word(held, "forum tenu", "forums tenus")));

        List<Todo> todos = new ArrayList<>();
        List<String> uncovered = cantons.stream().filter(k -> "uncovered".equals(k.status()) || "partial".equals(k.status()))
                .map(Coverage.CantonStatus::name).toList();
        if (!uncovered.isEmpty()) {
            todos.add(new Todo(French.count(uncovered.size(), "canton n'est pas entièrement couvert par un forum",
                    "cantons ne sont pas entièrement couverts par un forum") + " : planifiez-y un forum.",
                    planning + "/nouveau", "Planifier un forum", DashboardSection.firstNames(uncovered, 8), false));
        } else if (active == 0) {
            todos.add(new Todo("Aucun forum n'est encore planifié.", planning + "/nouveau", "Planifier un forum",
                    List.of(), false));
        }
        List<Forum> drafts = forums.stream().filter(f -> f.status == ForumStatus.DRAFT && f.startsAt.isAfter(now)).toList();
        if (!drafts.isEmpty()) {
            boolean soon = drafts.stream().anyMatch(f -> f.startsAt.isBefore(now.plusDays(ForumService.NOTICE_DAYS)));
            todos.add(new Todo(French.count(drafts.size(), "forum en brouillon attend", "forums en brouillon attendent")
                    + " d'être publiés (calendrier public et invitations)"
                    + (soon ? ", dont au moins un a lieu dans moins de trois semaines." : "."),
                    drafts.size() == 1 ? "/gestion/forums/" + drafts.get(0).id : planning + "#liste",
                    drafts.size() == 1 ? "Publier : " + named(drafts.get(0)) : "Voir les forums en brouillon",
                    DashboardSection.firstNames(drafts.stream().map(PlanningDashboard::named).toList(), 5), soon));
        }
        List<Forum> toHold = forums.stream().filter(f -> f.status == ForumStatus.PUBLISHED && f.endsAt.isBefore(now)).toList();
        if (!toHold.isEmpty()) {
            todos.add(new Todo(French.count(toHold.size(), "forum passé n'est pas encore déclaré tenu",
                    "forums passés ne sont pas encore déclarés tenus") + " (ou annulé).",
                    toHold.size() == 1 ? "/gestion/forums/" + toHold.get(0).id : planning + "#liste",
                    toHold.size() == 1 ? "Déclarer tenu : " + named(toHold.get(0)) : "Voir les forums passés",
                    DashboardSection.firstNames(toHold.stream().map(PlanningDashboard::named).toList(), 5), true));
        }
        Set<Long> shown = new HashSet<>();
        forums.forEach(f -> shown.add(f.id));
        long conflicts = cov.conflicts().stream().filter(k -> k.forumIds().stream().anyMatch(shown::contains)).count();
        if (conflicts > 0) {
            todos.add(new Todo(French.count(conflicts, "conflit", "conflits")
                    + " de planification (même animateur, même sous-préfet ou même lieu au même moment).",
                    planning + "#couverture", "Voir les conflits de planification", List.of(), true));
        }
        String where = sousPrefet ? "de votre arrondissement" : "du département";
        return Optional.of(new Block(10, "planification", "Planification des forums",
                "Campagne « " + c.title + " » : forums " + where + ".", figures, todos,
                "Rien à faire : tous les cantons " + where + " ont leur forum.", planning,
                "Ouvrir la planification des forums"));
    }

    private static String named(Forum f) {
        return f.title + " (" + French.date(f.startsAt) + ")";
    }
}
