package fr.parlonsen.minutes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.kernel.French;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.web.DashboardSection;

/**
 * The minutes block of the dashboard: for a facilitator, the past forums they ran whose minutes are still to enter
 * or to submit; for the préfecture and the sous-préfet, the minutes submitted and waiting for validation, and the
 * held forums nobody has written minutes for yet.
 */
@ApplicationScoped
public class MinutesDashboard implements DashboardSection {
    @Inject
    CampaignService campaigns;
    @Inject
    MinutesPermissions permissions;

    @Override
    @Transactional
    public Optional<Block> block(CurrentUser me) {
        String dep = me.department();
        boolean writes = me.has(Role.FACILITATOR);
        boolean validates = me.hasAny(Role.PREFECTURE, Role.SOUS_PREFET);
        if (dep == null || !(writes || validates)) {
            return Optional.empty();
        }
        Campaign c = campaigns.current().orElse(null);
        if (c == null) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(French.PARIS);
        List<Forum> forums = Forum.<Forum> list("campaign.id = ?1 and department = ?2 and status in ?3 order by startsAt, id",
                c.id, dep, List.of(ForumStatus.PUBLISHED, ForumStatus.HELD));
        Map<Long, Minutes> byForum = new HashMap<>();
        if (!forums.isEmpty()) {
            for (Minutes m : Minutes.<Minutes> list("forumId in ?1", forums.stream().map(f -> f.id).toList())) {
                byForum.put(m.forumId, m);
            }
        }
        List<Todo> todos = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        if (writes) {
            List<Forum> mine = forums.stream().filter(f -> permissions.may(me, Action.EDIT, f)).toList();
            List<Forum> past = mine.stream().filter(f -> !f.startsAt.isAfter(now)).toList();
            long validated = count(past, byForum, MinutesStatus.VALIDATED);
            long upcoming = mine.size() - past.size();
            figures.add(new Figure(French.number(past.size()), French.word(past.size(), "forum animé", "forums animés")));
            figures.add(new Figure(French.number(validated), French.word(validated, "compte rendu validé",
                    "comptes rendus validés")));
            figures.add(new Figure(French.number(upcoming), French.word(upcoming, "forum à venir", "forums à venir")));
            for (Forum f : past) {
                Minutes m = byForum.get(f.id);
                if (m == null) {
                    todos.add(new Todo("Le compte rendu du " + named(f) + " n'est pas encore saisi.", link(f),
                            "Saisir le compte rendu : " + named(f), List.of(), f.endsAt.isBefore(now.minusDays(7))));
                } else if (m.status == MinutesStatus.DRAFT) {
                    todos.add(new Todo("Le compte rendu du " + named(f) + " est en brouillon"
                            + (m.reopenReason == null ? "" : " (rouvert : " + m.reopenReason + ")")
                            + " : terminez-le et transmettez-le à la préfecture.", link(f),
                            "Terminer le compte rendu : " + named(f), List.of(), false));
                }
            }
        }
        if (validates) {
            List<Forum> scope = forums.stream().filter(f -> permissions.may(me, Action.VALIDATE, f)).toList();
            List<Forum> submitted = scope.stream().filter(f -> status(byForum, f) == MinutesStatus.SUBMITTED).toList();
            List<Forum> missing = scope.stream().filter(f -> f.status == ForumStatus.HELD && byForum.get(f.id) == null)
                    .toList();
            long held = scope.stream().filter(f -> f.status == ForumStatus.HELD).count();
            long validated = count(scope, byForum, MinutesStatus.VALIDATED);
            figures.add(new Figure(French.number(held), French.word(held, "forum tenu", "forums tenus")));
            figures.add(new Figure(validated + " / " + held, "comptes rendus validés"));
            figures.add(new Figure(French.number(submitted.size()), French.word(submitted.size(),
                    "compte rendu à valider", "comptes rendus à valider")));
            for (Forum f : submitted) {
                todos.add(new Todo("Le compte rendu du " + named(f) + " a été transmis : relisez-le et validez-le.",
                        link(f), "Valider le compte rendu : " + named(f), List.of(), false));
            }
            if (!missing.isEmpty()) {
                todos.add(new Todo(French.count(missing.size(), "forum tenu n'a", "forums tenus n'ont")
                        + " pas encore de compte rendu : relancez l'animateur.", "/gestion/comptes-rendus",
                        "Voir l'état des comptes rendus", DashboardSection.firstNames(missing.stream()
                                .map(MinutesDashboard::named).toList(), 6), false));
            }
        }
        return Optional.of(new Block(20, "comptes-rendus", "Comptes rendus", "Campagne « " + c.title + " ».",
                figures, todos, "Rien à faire : aucun compte rendu n'attend.", "/gestion/comptes-rendus",
                "Ouvrir la liste des comptes rendus"));
    }

    private static MinutesStatus status(Map<Long, Minutes> byForum, Forum f) {
        Minutes m = byForum.get(f.id);
        return m == null ? null : m.status;
    }

    private static long count(List<Forum> forums, Map<Long, Minutes> byForum, MinutesStatus s) {
        return forums.stream().filter(f -> status(byForum, f) == s).count();
    }

    private static String link(Forum f) {
        return "/gestion/forums/" + f.id + "/compte-rendu";
    }

    /** "forum de Laon (5 avril 2009)": the title as typed, its date. */
    private static String named(Forum f) {
        String t = f.title;
        String title = t.startsWith("Forum ") ? "f" + t.substring(1) : "forum « " + t + " »";
        return title + " (" + French.date(f.startsAt) + ")";
    }
}
