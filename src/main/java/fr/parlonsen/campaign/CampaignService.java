package fr.parlonsen.campaign;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.CampaignForms.CampaignView;
import fr.parlonsen.campaign.CampaignForms.CreateCampaign;
import fr.parlonsen.campaign.CampaignForms.ThemeInput;
import fr.parlonsen.campaign.CampaignForms.TopicInput;
import fr.parlonsen.campaign.CampaignPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/** Campaigns: listing, creation with themes and sub-topics, and finding one from a route. */
@ApplicationScoped
public class CampaignService {
    @Inject
    CampaignPermissions permissions;

    @Transactional
    public List<CampaignView> list(CurrentUser user) {
        check(user, Action.READ);
        return Campaign.listNewestFirst().stream().map(CampaignView::of).toList();
    }

    @Transactional
    public CampaignView get(CurrentUser user, String idOrCode) {
        check(user, Action.READ);
        return CampaignView.of(find(idOrCode));
    }

    @Transactional
    public CampaignView create(CurrentUser user, CreateCampaign form) {
        check(user, Action.CREATE);
        List<Violation> violations = new ArrayList<>();
        if (form.endsOn().isBefore(form.startsOn())) {
            violations.add(new Violation("endsOn", "La date de fin doit suivre la date de début."));
        }
        if (form.synthesisDueOn().isBefore(form.endsOn())) {
            violations.add(new Violation("synthesisDueOn", "La remise des synthèses ne peut précéder la fin des forums."));
        }
        Set<String> themeCodes = new HashSet<>();
        Set<String> topicCodes = new HashSet<>();
        for (int i = 0; i < form.themes().size(); i++) {
            ThemeInput t = form.themes().get(i);
            if (!themeCodes.add(t.code())) {
                violations.add(new Violation("themes[" + i + "].code", "Le code de thème « " + t.code() + " » est en double."));
            }
            List<TopicInput> topics = t.topics() == null ? List.of() : t.topics();
            for (int j = 0; j < topics.size(); j++) {
                if (!topicCodes.add(topics.get(j).code())) {
                    violations.add(new Violation("themes[" + i + "].topics[" + j + "].code",
                            "Le code de sous-thème « " + topics.get(j).code() + " » est en double dans la campagne."));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        if (Campaign.findByCode(form.code()).isPresent()) {
            throw new Conflict("Une campagne de code « " + form.code() + " » existe déjà.");
        }
        Campaign c = new Campaign();
        c.code = form.code();
        c.title = form.title().strip();
        c.startsOn = form.startsOn();
        c.endsOn = form.endsOn();
        c.synthesisDueOn = form.synthesisDueOn();
        int themePosition = 0;
        for (ThemeInput ti : form.themes()) {
            Theme theme = new Theme();
            theme.campaign = c;
            theme.code = ti.code();
            theme.title = ti.title().strip();
            theme.position = ++themePosition;
            int topicPosition = 0;
            for (TopicInput pi : ti.topics() == null ? List.<TopicInput>of() : ti.topics()) {
                Topic topic = new Topic();
                topic.campaign = c;
                topic.theme = theme;
                topic.code = pi.code();
                topic.title = pi.title().strip();
                topic.groupTitle = pi.group();
                topic.keywords = pi.keywords() == null ? null : String.join(",", pi.keywords());
                topic.role = pi.role();
                topic.position = ++topicPosition;
                theme.topics.add(topic);
            }
            c.themes.add(theme);
        }
        c.persist();
        return CampaignView.of(c);
    }

    /** The campaign of a route: its numeric id, or its code ({@code 2009}). 404 otherwise. */
    public Campaign find(String idOrCode) {
        Optional<Campaign> found = Optional.empty();
        if (idOrCode != null && idOrCode.matches("\\d{1,18}")) {
            found = Campaign.findByIdOptional(Long.parseLong(idOrCode));
        }
        return found.or(() -> Campaign.findByCode(idOrCode))
                .orElseThrow(() -> new NotFound("La campagne « " + idOrCode + " » n'existe pas."));
    }

    /** The campaign in progress: the one whose window surrounds today (Paris), else the newest one. */
    @Transactional
    public Optional<Campaign> current() {
        return Campaign.findCurrent(java.time.LocalDate.now(fr.parlonsen.kernel.French.PARIS));
    }

    private void check(CurrentUser user, Action action) {
        if (!permissions.may(user, action)) {
            throw new Forbidden(action == Action.CREATE ? "Seul un administrateur peut créer une campagne."
                    : "Connectez-vous pour consulter les campagnes.");
        }
    }
}
