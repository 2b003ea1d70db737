package fr.parlonsen.forum;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.territory.Department;

/** The public calendar: published, held and (once published) cancelled forums. No login needed. */
@ApplicationScoped
public class PublicForumService {
    @Inject
    CampaignService campaigns;
    @Inject
    Catchments catchments;
    @Inject
    ForumViews views;

    public record Calendar(Campaign campaign, String department, String departmentName, List<PublicForum> forums) {
    }

    /**
     * The calendar page: the forums (those covering {@code commune} only, when given), the names of the communes
     * each covers, and the communes to filter by (every commune a public forum covers).
     */
    public record CalendarPage(Calendar calendar, String commune, String communeName, List<Named> communeChoices,
            Map<Long, List<String>> communeNames) {
        public List<String> communesOf(long forumId) {
            return communeNames.getOrDefault(forumId, List.of());
        }
    }

    @Transactional
    public CalendarPage calendarPage(String campaign, String department, String commune) {
        Calendar all = calendar(campaign, department);
        Names names = catchments.namesIn(all.department());
        Collator fr = Collator.getInstance(Locale.FRANCE);
        Map<Long, List<String>> codes = new java.util.HashMap<>();
        Map<Long, List<String>> communeNames = new java.util.HashMap<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (PublicForum f : all.forums()) {
            Forum forum = Forum.findById(f.id());
            List<String> c = List.copyOf(forum.communes);
            codes.put(f.id(), c);
            covered.addAll(c);
            communeNames.put(f.id(), c.stream().map(names::commune).sorted(fr).toList());
        }
        List<Named> choices = covered.stream().map(c -> new Named(c, names.commune(c)))
                .sorted(java.util.Comparator.comparing(Named::name, fr)).toList();
        String selected = commune == null || commune.isBlank() ? null : commune.strip();
        if (selected != null && !covered.contains(selected)) {
            String typed = selected;
            selected = choices.stream().filter(n -> fr.compare(n.name(), typed) == 0).map(Named::code).findFirst()
                    .orElse(selected);
        }
        String only = selected;
        List<PublicForum> shown = only == null ? all.forums()
                : all.forums().stream().filter(f -> codes.get(f.id()).contains(only)).toList();
        return new CalendarPage(new Calendar(all.campaign(), all.department(), all.departmentName(), shown), only,
                only == null ? null : names.communes().get(only), choices, communeNames);
    }

    @Transactional
    public Calendar calendar(String campaign, String department) {
        if (department == null || department.isBlank()) {
            throw new NotFound("Précisez le département : ?department=02.");
        }
        Campaign c = campaign == null ? campaigns.current()
                .orElseThrow(() -> new NotFound("Aucune campagne en cours.")) : campaigns.find(campaign);
        Department d = Department.findByCode(department)
                .orElseThrow(() -> new NotFound("Le département « " + department + " » n'existe pas."));
        Names names = catchments.namesIn(d.code);
        Map<Long, Integer> counts = views.communeCounts(c.id, d.code);
        List<PublicForum> list = Forum.listPublicByCampaignAndDepartment(c.id, d.code).stream()
                .map(f -> view(f, names, counts.getOrDefault(f.id, 0), null)).toList();
        return new Calendar(c, d.code, d.name, list);
    }

    @Transactional
    public PublicForum forum(long id) {
        Forum f = Forum.findById(id);
        if (f == null || !f.isPublic()) {
            throw new NotFound("Ce forum n'existe pas ou n'est pas encore annoncé.");
        }
        Names names = catchments.namesIn(f.department);
        return view(f, names, f.communes.size(), f.communes.stream().map(names::commune)
                .sorted(Collator.getInstance(Locale.FRANCE)).toList());
    }

    static PublicForum view(Forum f, Names names, int communesCovered, List<String> communes) {
        CatchmentKind kind = ForumViews.kind(f);
        return new PublicForum(f.id, f.department, f.title, f.status.code, f.status.label, ForumService.at(f.startsAt),
                ForumService.at(f.endsAt), ForumViews.venue(f, names), kind.code, names.named(kind, f.catchment), communesCovered, communes,
                f.status == ForumStatus.CANCELLED ? f.cancelReason : null, f.version, f.updatedAt);
    }
}
