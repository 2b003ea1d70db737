package fr.parlonsen.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.export.Figure;
import fr.parlonsen.export.FrenchFormat;
import fr.parlonsen.followup.IndicatorService.DepartmentIndicators;
import fr.parlonsen.followup.IndicatorService.Figures;
import fr.parlonsen.synthesis.SynthesisDocumentPart;

/**
 * The permanent evaluation in the departmental synthesis document: participation rate, the participants' feedback,
 * proposals followed by a commitment and commitments done on time, with how each is computed (method section).
 */
@ApplicationScoped
public class FollowupDocumentPart implements SynthesisDocumentPart {
    @Inject
    FollowupQueries queries;

    @Override
    public Contribution contribution(long campaignId, String department) {
        Optional<DepartmentIndicators> d = queries.department(campaignId, department);
        return d.isEmpty() ? Contribution.NONE : new Contribution(method(), figures(d.get().figures()));
    }

    private static List<String> method() {
        List<String> out = new ArrayList<>();
        out.add("Évaluation permanente : les indicateurs ci-après (participation, avis des participants, suites "
                + "données aux propositions) sont calculés par l'application à la date du document.");
        out.addAll(FollowupQueries.METHOD);
        return out;
    }

    private static List<Figure> figures(Figures f) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("Taux de participation", f.participationPercent()
                + (f.attendance() == null ? "" : " (" + FrenchFormat.count(f.attendance().intValue(), "participant")
                        + " pour " + FrenchFormat.number(f.populationCovered()) + " habitants)")));
        out.add(new Figure("Avis des participants", f.feedbackCount() == 0 ? "aucun avis recueilli"
                : FrenchFormat.number(f.feedbackCount()) + " avis" + (f.averages() == null || f.averages().satisfaction()
                        == null ? "" : ", satisfaction moyenne " + String.format(java.util.Locale.FRANCE, "%.1f",
                                f.averages().satisfaction()) + " sur 5")));
        out.add(new Figure("Propositions suivies d'un engagement", f.percent(f.proposalsWithCommitment()) + " ("
                + FrenchFormat.number(f.proposalsWithCommitmentCount()) + " sur " + FrenchFormat.number(f.proposals())
                + ")"));
        out.add(new Figure("Engagements réalisés dans les délais", f.percent(f.commitmentsDoneOnTime()) + " ("
                + FrenchFormat.number(f.commitmentsDoneOnTimeCount()) + " sur " + FrenchFormat.number(f.commitmentsDue())
                + ")"));
        return out;
    }

    @Override
    public int position() {
        return 200;
    }
}
