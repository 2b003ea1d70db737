package fr.parlonsen;

import java.time.LocalDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;

/**
 * Forums made directly as entities for the tests of minutes and questions (the forum API belongs to another
 * capability): held, campaign 2009.
 */
@ApplicationScoped
public class ForumFixtures {

    /** A held Aisne forum run by animateur-02, in the arrondissement of Soissons (024). */
    public long heldAisneForum() {
        return heldForum("02", Set.of("animateur-02"), Set.of("024"), ForumStatus.HELD);
    }

    @Transactional
    public long heldForum(String department, Set<String> facilitators, Set<String> arrondissements,
            ForumStatus status) {
        return heldForum("2009", department, facilitators, arrondissements, status);
    }

    /** As above, in the campaign of this code. */
    @Transactional
    public long heldForum(String campaign, String department, Set<String> facilitators, Set<String> arrondissements,
            ForumStatus status) {
        Forum f = new Forum();
        f.campaign = Campaign.findByCode(campaign).orElseThrow();
        f.department = department;
        f.title = "Forum de test " + department + " " + System.nanoTime();
        f.startsAt = LocalDateTime.of(2009, 4, 2, 18, 30);
        f.endsAt = LocalDateTime.of(2009, 4, 2, 21, 0);
        f.status = status;
        f.venueName = "Salle des fêtes";
        f.venueCommune = "02".equals(department) ? "02722" : "38544";
        f.catchmentKind = "arrondissements";
        f.catchment.addAll(arrondissements);
        f.arrondissements.addAll(arrondissements);
        f.facilitators.addAll(facilitators);
        f.createdBy = "test";
        f.persist();
        return f.id;
    }
}
