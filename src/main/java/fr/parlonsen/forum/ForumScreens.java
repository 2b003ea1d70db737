package fr.parlonsen.forum;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignForms.CampaignView;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.Catchments.Names;
import fr.parlonsen.forum.ForumForms.ForumView;
import fr.parlonsen.forum.ForumForms.Named;
import fr.parlonsen.forum.ForumPermissions.Action;
import fr.parlonsen.kernel.French;
import fr.parlonsen.security.AppUser;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import fr.parlonsen.territory.Department;
import fr.parlonsen.web.FieldErrors;

/** What each forum page shows, gathered in one call per page. */
@ApplicationScoped
public class ForumScreens {
    @Inject
    ForumService forums;
    @Inject
    CampaignService campaigns;
    @Inject
    Catchments catchments;
    @Inject
    ForumPermissions permissions;

    /** The choices of the form: the département's territories and facilitators. */
    public record Options(List<Named> cantons, List<Named> epcis, List<Named> arrondissements, List<Named> communes,
            List<Named> facilitators) {
    }

    public record Form(String heading, String action, CampaignView campaign, String department,
            String departmentName, Long forumId, ForumPageForm form, FieldErrors errors, Options options,
            ForumView current) {
        public boolean isStale() {
            return current != null;
        }

        public List<CatchmentKind> getKinds() {
            return List.of(CatchmentKind.values());
        }
    }

    /** {@code facilitatorNames} and {@code arrondissementNames}: the forum's, as people read them (not codes). */
    public record Detail(ForumView forum, CampaignView campaign, String departmentName, boolean mayWrite,
            List<String> notices, List<String> facilitatorNames, List<String> arrondissementNames,
            CancelForm cancel) {
    }

    /** The cancel form as typed, and why it was refused (null when it was not sent). */
    public record CancelForm(String reason, List<String> errors) {
        public static final CancelForm EMPTY = new CancelForm("", List.of());
    }

    /** Where /gestion/forums leads: the user's département in the current campaign, or null to choose one. */
    @Transactional
    public String home(CurrentUser user, String department) {
        Campaign c = campaigns.current().orElseThrow(() -> new NotFound("Aucune campagne n'existe encore."));
        String dep = department != null && department.matches("[0-9AB]{2,3}") ? department
                : user.isNationalScope() ? null : user.department();
        return dep == null ? "/gestion/territoire/aller?vers=forums" : "/gestion/campagnes/" + c.id + "/departements/" + dep + "/forums";
    }

    /** Reads what a page form typed that needs the département (the venue commune by name). */
    public ForumPageForm read(String department, ForumPageForm form) {
        form.resolveCommune(catchments.namesIn(department).communes());
        return form;
    }

    /** The same for the form of an existing forum. */
    @Transactional
    public ForumPageForm readFor(long forumId, ForumPageForm form) {
        return read(forums.load(forumId).department, form);
    }

    @Transactional
    public Form newForm(CurrentUser user, String campaign, String department, ForumPageForm form, FieldErrors errors) {
        Campaign c = campaigns.find(campaign);
        forums.check(user, Action.CREATE, forums.department(department), null);
        return new Form("Planifier un forum", "/gestion/campagnes/" + c.id + "/departements/" + department + "/forums",
                CampaignView.of(c), department, name(department), null, form, errors, options(department), null);
    }

    @Transactional
    public Form editForm(CurrentUser user, long id, ForumPageForm typed, FieldErrors errors, boolean stale) {
        Forum f = forums.load(id);
        forums.check(user, Action.UPDATE, f.department, null);
        ForumView current = forums.view(f);
        ForumPageForm form = typed == null ? ForumPageForm.of(current) : typed;
        if (stale) {
            form.version = String.valueOf(current.version());
        }
        return new Form("Modifier le forum", "/gestion/forums/" + id, CampaignView.of(f.campaign), f.department,
                name(f.department), f.id, form, errors, options(f.department), stale ? current : null);
    }

    @Transactional
    public Detail detail(CurrentUser user, long id, List<String> notices) {
        return detail(user, id, notices, CancelForm.EMPTY);
    }

    @Transactional
    public Detail detail(CurrentUser user, long id, List<String> notices, CancelForm cancel) {
        ForumView view = forums.get(user, id);
        Forum f = forums.load(id);
        Names names = catchments.namesIn(f.department);
        Map<String, String> people = AppUser.listByDepartment(f.department).stream()
                .collect(Collectors.toMap(u -> u.username, u -> u.displayName, (a, b) -> a));
        List<String> facilitatorNames = view.facilitators().stream().map(u -> people.getOrDefault(u, u)).toList();
        List<String> arrondissementNames = view.arrondissements().stream()
                .map(a -> names.arrondissements().getOrDefault(a, a)).toList();
        return new Detail(view, CampaignView.of(f.campaign), name(f.department),
                permissions.may(user, Action.UPDATE, f.department, f.arrondissements), notices, facilitatorNames,
                arrondissementNames, cancel);
    }

    public record Preview(int communes, List<String> arrondissements, String message) {
    }

    /** How many communes a catchment being chosen covers (the form's live preview). */
    @Transactional
    public Preview preview(CurrentUser user, String department, String kind, List<String> codes) {
        forums.check(user, Action.LIST, forums.department(department), null);
        CatchmentKind k = CatchmentKind.fromCode(kind)
                .orElseThrow(() -> new Invalid("kind", "Sorte de zone inconnue : « " + kind + " »."));
        List<String> split = codes.stream().flatMap(c -> java.util.Arrays.stream(c.split("[\\s,;]+")))
                .filter(c -> !c.isBlank()).toList();
        List<fr.parlonsen.kernel.Violation> violations = new java.util.ArrayList<>();
        Catchments.Expansion e = catchments.expand(department, ForumForms.CatchmentInput.of(k, split), violations);
        if (e == null) {
            return new Preview(0, List.of(), violations.isEmpty() ? "" : violations.get(0).message());
        }
        return new Preview(e.communes().size(), List.copyOf(e.arrondissements()), "Cette zone couvre "
                + French.count(e.communes().size(), "commune", "communes") + ", dans "
                + French.count(e.arrondissements().size(), "arrondissement", "arrondissements") + ".");
    }

    Options options(String department) {
        Names names = catchments.namesIn(department);
        Function<Map<String, String>, List<Named>> named = m -> m.entrySet().stream()
                .map(e -> new Named(e.getKey(), e.getValue())).toList();
        List<Named> facilitators = AppUser.listByDepartment(department).stream()
                .filter(u -> u.enabled && u.roleSet().contains(Role.FACILITATOR))
                .map(u -> new Named(u.username, u.displayName)).toList();
        return new Options(named.apply(names.cantons()), named.apply(names.epcis()),
                named.apply(names.arrondissements()), named.apply(names.communes()), facilitators);
    }

    private static String name(String department) {
        return Department.findByCode(department).map(d -> d.name).orElse(department);
    }
}
