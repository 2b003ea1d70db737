package fr.parlonsen.forum;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignForms.CreateCampaign;
import fr.parlonsen.campaign.CampaignForms.ThemeInput;
import fr.parlonsen.campaign.CampaignForms.TopicInput;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.forum.ForumForms.CancelInput;
import fr.parlonsen.forum.ForumForms.CatchmentInput;
import fr.parlonsen.forum.ForumForms.ForumInput;
import fr.parlonsen.forum.ForumForms.InviteeInput;
import fr.parlonsen.forum.ForumForms.VenueInput;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Demo profile only: the 2009 campaign planned in the Aisne as a prefecture would have — 16 forums over 19 of
 * the 21 cantons (Essômes-sur-Marne and Ribemont left uncovered), held, published, one cancelled and one draft
 * clashing with another forum of the same facilitator — and a few forums in the Isère. Runs once (idempotent).
 */
@ApplicationScoped
public class DemoForums {
    private static final Logger LOG = Logger.getLogger(DemoForums.class);

    @Inject
    ForumService forums;
    @ConfigProperty(name = "parlonsen.demo.enabled")
    boolean demo;

    static final CurrentUser PREFECTURE_02 = new CurrentUser("prefecture-02", "Cabinet du préfet de l'Aisne",
            Set.of(Role.PREFECTURE), "02", Set.of());
    static final CurrentUser SOUS_PREFET_02 = new CurrentUser("sous-prefet-02", "Sous-préfète de Soissons",
            Set.of(Role.SOUS_PREFET), "02", Set.of("024"));
    static final CurrentUser PREFECTURE_38 = new CurrentUser("prefecture-38", "Cabinet du préfet de l'Isère",
            Set.of(Role.PREFECTURE), "38", Set.of());
    static final CurrentUser SOUS_PREFET_38 = new CurrentUser("sous-prefet-38", "Sous-préfet de Vienne",
            Set.of(Role.SOUS_PREFET), "38", Set.of("383"));

    enum Then { DRAFT, PUBLISH, HOLD, CANCEL }

    record Demo(CurrentUser by, String title, String day, String from, String to, String venue, String address,
            String commune, int capacity, List<String> cantons, List<String> facilitators, Then then) {
    }

    static final List<String> ANIMATEUR = List.of("animateur-02");

    static final List<Demo> AISNE = List.of(
            new Demo(PREFECTURE_02, "Forum de Laon", "2009-03-19", "18:30", "20:30", "Salle des fêtes", "Place Aubry", "02408", 250, List.of("0209", "0210"), ANIMATEUR, Then.HOLD),
            new Demo(PREFECTURE_02, "Forum de Saint-Quentin", "2009-03-24", "18:30", "20:30", "Palais de Fervaques", "Rue Victor Basch", "02691", 400, List.of("0213", "0214", "0215"), ANIMATEUR, Then.HOLD),
            new Demo(SOUS_PREFET_02, "Forum de Soissons", "2009-03-26", "18:00", "20:00", "Salle des fêtes", "Rue du Commandant Marchand", "02722", 300, List.of("0216", "0217"), ANIMATEUR, Then.HOLD),
            new Demo(PREFECTURE_02, "Forum de Château-Thierry", "2009-03-31", "18:30", "20:30", "Salle des fêtes", "Avenue de Soissons", "02168", 200, List.of("0202"), ANIMATEUR, Then.HOLD),
            new Demo(PREFECTURE_02, "Forum de Chauny", "2009-04-02", "18:30", "20:30", "Salle des fêtes", "Rue Pasteur", "02173", 180, List.of("0203"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Fère-en-Tardenois", "2009-04-07", "18:30", "20:30", "Salle des fêtes", "Rue de la Mairie", "02305", 120, List.of("0205"), ANIMATEUR, Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Villeneuve-sur-Aisne", "2009-04-09", "18:30", "20:30", "Salle des fêtes", "Place de la Mairie", "02360", 120, List.of("0206"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Guise", "2009-04-14", "18:30", "20:30", "Salle des fêtes", "Place d'Armes", "02361", 150, List.of("0207"), ANIMATEUR, Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum d'Hirson", "2009-04-16", "18:30", "20:30", "Salle des fêtes", "Rue Charles de Gaulle", "02381", 200, List.of("0208"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Marle", "2009-04-21", "18:30", "20:30", "Salle des fêtes", "Rue Desains", "02468", 100, List.of("0211"), ANIMATEUR, Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Tergnier", "2009-04-23", "18:30", "20:30", "Salle des fêtes", "Rue Pierre Sémard", "02738", 150, List.of("0218"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Vervins", "2009-04-28", "18:30", "20:30", "Salle des fêtes", "Place du Général de Gaulle", "02789", 120, List.of("0219"), ANIMATEUR, Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Vic-sur-Aisne", "2009-04-30", "18:30", "20:30", "Salle des fêtes", "Rue de la Gare", "02795", 100, List.of("0220"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Bohain-en-Vermandois", "2009-05-07", "18:30", "20:30", "Salle des fêtes", "Rue Jean Jaurès", "02095", 150, List.of("0201"), ANIMATEUR, Then.CANCEL),
            new Demo(PREFECTURE_02, "Forum de Villers-Cotterêts", "2009-05-12", "18:30", "20:30", "Salle des fêtes", "Place du Docteur Mouflier", "02810", 200, List.of("0221"), ANIMATEUR, Then.PUBLISH),
            new Demo(PREFECTURE_02, "Forum de Bohain-en-Vermandois (nouvelle date)", "2009-05-12", "19:00", "21:00", "Salle des fêtes", "Rue Jean Jaurès", "02095", 150, List.of("0201"), ANIMATEUR, Then.DRAFT));

    static final List<Demo> ISERE = List.of(
            new Demo(PREFECTURE_38, "Forum de Grenoble", "2009-03-25", "18:30", "20:30", "Salle des fêtes", "Rue Très-Cloîtres", "38185", 400, List.of("3809", "3810", "3811", "3812"), List.of("animateur-38"), Then.HOLD),
            new Demo(SOUS_PREFET_38, "Forum de Vienne", "2009-04-08", "18:30", "20:30", "Salle des fêtes", "Place de l'Hôtel de Ville", "38544", 250, List.of("3827", "3828"), List.of(), Then.PUBLISH),
            new Demo(PREFECTURE_38, "Forum de Bourgoin-Jallieu", "2009-04-22", "18:30", "20:30", "Salle des fêtes", "Avenue des Alpes", "38053", 200, List.of("3802"), List.of("animateur-38"), Then.DRAFT));

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        if (demo) {
            seed();
            seedCurrentCampaign(LocalDate.now(ForumService.PARIS));
        }
    }

    @Inject
    CampaignService campaigns;

    static final CurrentUser ADMIN = new CurrentUser("admin", "Administratrice Parlons-en", Set.of(Role.ADMIN), null,
            Set.of());

    /** A forum of the running demo campaign, {@code offset} days from today. */
    record Live(CurrentUser by, String title, int offset, String venue, String address, String commune, int capacity,
            List<String> cantons, Then then) {
    }

    static final List<Live> LIVE = List.of(
            new Live(PREFECTURE_02, "Forum de Laon", -20, "Maison des arts et loisirs", "Place Aubry", "02408", 250, List.of("0209", "0210"), Then.HOLD),
            new Live(SOUS_PREFET_02, "Forum de Soissons", -12, "Salle du Mail", "Rue du Commandant Marchand", "02722", 300, List.of("0216", "0217"), Then.HOLD),
            new Live(PREFECTURE_02, "Forum de Saint-Quentin", -5, "Palais de Fervaques", "Rue Victor Basch", "02691", 400, List.of("0213", "0214", "0215"), Then.HOLD),
            new Live(PREFECTURE_02, "Forum de Château-Thierry", 6, "Palais des rencontres", "Avenue de Soissons", "02168", 200, List.of("0202"), Then.PUBLISH),
            new Live(PREFECTURE_02, "Forum de Chauny", 13, "Salle des fêtes", "Rue Pasteur", "02173", 180, List.of("0203"), Then.PUBLISH),
            new Live(PREFECTURE_02, "Forum de Guise", 20, "Salle des fêtes", "Place d'Armes", "02361", 150, List.of("0207"), Then.PUBLISH),
            new Live(PREFECTURE_02, "Forum d'Hirson", 27, "Salle des fêtes", "Rue Charles de Gaulle", "02381", 200, List.of("0208"), Then.DRAFT),
            new Live(PREFECTURE_38, "Forum de Grenoble", -8, "Salle des fêtes", "Rue Très-Cloîtres", "38185", 400, List.of("3809", "3810", "3811", "3812"), Then.HOLD),
            new Live(PREFECTURE_38, "Forum de Vienne", 10, "Salle des fêtes", "Place de l'Hôtel de Ville", "38544", 250, List.of("3827", "3828"), Then.PUBLISH));

    /**
     * The demo campaign running today (forums from four weeks ago to five weeks ahead, syntheses due two weeks
     * later), with forums held, announced and in draft, so that the demo does not look finished; the 2009
     * campaign stays as history. Nothing is done when a campaign other than 2009 already runs today.
     */
    public void seedCurrentCampaign(LocalDate today) {
        boolean running = QuarkusTransaction.requiringNew().call(() -> Campaign.<Campaign> listAll().stream()
                .anyMatch(c -> !"2009".equals(c.code) && !today.isBefore(c.startsOn) && !today.isAfter(c.endsOn)));
        if (running) {
            return;
        }
        String code = "demo-" + today;
        CreateCampaign form = QuarkusTransaction.requiringNew().call(() -> {
            Campaign history = Campaign.findByCode("2009").orElseThrow();
            List<ThemeInput> themes = history.themes.stream().map(t -> new ThemeInput(t.code, t.title,
                    t.topics.stream().map(p -> new TopicInput(p.code, p.title, p.groupTitle, p.keywordList(), p.role))
                            .toList()))
                    .toList();
            return new CreateCampaign(code, history.title, today.minusDays(28), today.plusDays(35),
                    today.plusDays(49), themes);
        });
        campaigns.create(ADMIN, form);
        for (Live l : LIVE) {
            String day = today.plusDays(l.offset()).toString();
            plan(new Demo(l.by(), l.title(), day, "18:30", "20:30", l.venue(), l.address(), l.commune(), l.capacity(),
                    l.cantons(), l.by().department().equals("02") ? ANIMATEUR : List.of("animateur-38"), l.then()),
                    code);
        }
        LOG.infof("Campagne de démonstration en cours créée (%s) : %d forums.", code, LIVE.size());
    }

    /**
     * Plans the demo forums that are not there yet (same campaign, département, title and start): on a new
     * database all of them, on an existing demo database none. Fails loudly: the demo start-up stops on error.
     */
    public void seed() {
        int planned = 0;
        for (Demo d : AISNE) {
            planned += planIfAbsent(d) ? 1 : 0;
        }
        for (Demo d : ISERE) {
            planned += planIfAbsent(d) ? 1 : 0;
        }
        if (planned > 0) {
            LOG.infof("Forums de démonstration planifiés : %d.", planned);
        }
    }

    private boolean planIfAbsent(Demo d) {
        java.time.LocalDateTime start = java.time.LocalDateTime.parse(d.day() + "T" + d.from());
        boolean exists = QuarkusTransaction.requiringNew().call(() -> Campaign.findByCode("2009")
                .map(c -> Forum.count("campaign.id = ?1 and department = ?2 and title = ?3 and startsAt = ?4", c.id,
                        d.by().department(), d.title(), start) > 0)
                .orElse(true));
        if (exists) {
            return false;
        }
        plan(d, "2009");
        return true;
    }

    private void plan(Demo d, String campaign) {
        ForumInput input = new ForumInput(d.title(), d.day() + "T" + d.from(), d.day() + "T" + d.to(),
                new VenueInput(d.venue(), d.address(), d.commune(), d.capacity(), true,
                        "Parking à proximité ; arrêt de bus « Mairie »."),
                CatchmentInput.of(CatchmentKind.CANTONS, d.cantons()), d.facilitators(),
                List.of(new InviteeInput("M. le Maire", "elu", "Mairie", null),
                        new InviteeInput("Président de l'association des commerçants", "socio-professionnel",
                                "Union commerciale", null),
                        new InviteeInput("Présidente de l'association d'aide aux victimes", "association",
                                "France Victimes", null)));
        long id = forums.create(d.by(), campaign, d.by().department(), input).id();
        switch (d.then()) {
            case PUBLISH -> forums.publish(d.by(), id);
            case HOLD -> {
                forums.publish(d.by(), id);
                forums.hold(d.by(), id);
            }
            case CANCEL -> {
                forums.publish(d.by(), id);
                forums.cancel(d.by(), id, new CancelInput("Salle indisponible (travaux) : le forum est reporté au 12 mai."));
            }
            case DRAFT -> {
            }
        }
    }
}
