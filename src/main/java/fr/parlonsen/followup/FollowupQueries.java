package fr.parlonsen.followup;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.IndicatorService.DepartmentIndicators;
import fr.parlonsen.followup.IndicatorService.NationalIndicators;
import fr.parlonsen.territory.Department;

/**
 * What other capabilities may read of the follow-up (the synthesis documents, dashboards): the indicators of a
 * département or of the country, the method that defines them, and the published commitments. Read only; the
 * caller checks the reader's permissions.
 */
@ApplicationScoped
public class FollowupQueries {
    /** The method section of the documents: how each indicator is computed. */
    public static final List<String> METHOD = List.of(
            "Taux de participation : participants inscrits aux comptes rendus validés, divisés par la population des "
                    + "communes couvertes par ces forums (recensement en vigueur).",
            "Avis des participants : questionnaire anonyme ouvert du début de chaque forum jusqu'à 30 jours après "
                    + "(satisfaction de 1 à 5 ; s'être senti écouté, avoir obtenu des réponses, revenir : part de oui) ; "
                    + "un avis par appareil.",
            "Propositions suivies d'un engagement : part des propositions de la dernière synthèse validée ou "
                    + "transmise auxquelles au moins un engagement répond.",
            "Engagements réalisés dans les délais : parmi les engagements datés, non abandonnés, réalisés ou dont "
                    + "l'échéance est passée, part de ceux réalisés au plus tard à l'échéance.");

    @Inject
    IndicatorService indicators;
    @Inject
    CommitmentService commitments;

    @Transactional
    public Optional<DepartmentIndicators> department(long campaignId, String department) {
        Campaign c = Campaign.findById(campaignId);
        Optional<Department> d = Department.findByCode(department);
        return c == null || d.isEmpty() ? Optional.empty() : Optional.of(indicators.department(c, d.get()));
    }

    @Transactional
    public Optional<NationalIndicators> national(long campaignId) {
        Campaign c = Campaign.findById(campaignId);
        return c == null ? Optional.empty() : Optional.of(indicators.national(c));
    }

    /** The published commitments of a département, personal data masked. */
    @Transactional
    public List<CommitmentView> publishedCommitments(long campaignId, String department) {
        Campaign c = Campaign.findById(campaignId);
        return c == null ? List.of() : commitments.published(c.code, department);
    }
}
