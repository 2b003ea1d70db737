package fr.parlonsen.national;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.national.NationalPermissions.Action;
import fr.parlonsen.national.NationalViews.DepartmentFigures;
import fr.parlonsen.national.NationalViews.ItemView;
import fr.parlonsen.national.NationalViews.NationalFigures;
import fr.parlonsen.national.NationalViews.NationalSynthesisView;
import fr.parlonsen.national.NationalViews.SectionView;
import fr.parlonsen.national.NationalViews.Source;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.DraftItem;
import fr.parlonsen.synthesis.SourceItem;
import fr.parlonsen.synthesis.SourceRef;
import fr.parlonsen.synthesis.Synthesis;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisItem;
import fr.parlonsen.synthesis.SynthesisSection;
import fr.parlonsen.synthesis.SynthesisQueries;
import fr.parlonsen.synthesis.SynthesisService;
import fr.parlonsen.synthesis.SynthesisViews.CoverageFigures;
import fr.parlonsen.synthesis.SynthesisViews.Figures;
import fr.parlonsen.territory.Department;

/**
 * The national synthesis: built from the latest transmitted version of each departmental synthesis only (drafts
 * and validated versions are left out), with the departmental mechanisms (grouping by French similarity, edits that
 * survive rebuilds, If-Match). Its sources are departmental synthesis items ({@code d:<id>}), through which every
 * national item is traceable to départements, their forums' minutes items and citizens' questions.
 */
@ApplicationScoped
public class NationalService {
    @Inject
    NationalPermissions permissions;
    @Inject
    CampaignService campaigns;
    @Inject
    SynthesisService syntheses;
    @Inject
    fr.parlonsen.synthesis.SynthesisVersions versions;
    @Inject
    fr.parlonsen.synthesis.SynthesisDrafting drafting;
    @Inject
    fr.parlonsen.synthesis.SynthesisEditing editing;
    @Inject
    EntityManager em;
    @Inject
    SynthesisQueries synthesisQueries;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Inject
    NationalDocuments documents;
    @Inject
    fr.parlonsen.synthesis.SynthesisExports exports;

    /** What the national draft is built from: the transmitted departmental syntheses and their items. */
    record Inputs(List<Synthesis> transmitted, List<SourceItem> items, Map<Long, int[]> weights) {
    }

    @Transactional
    public NationalSynthesisView get(CurrentUser user, String campaignRef) {
        return view(find(user, Action.READ, campaignRef));
    }

    @Transactional
    public NationalSynthesisView buildDraft(CurrentUser user, String campaignRef) {
        Campaign campaign = scope(user, Action.BUILD, campaignRef);
        Synthesis s = build(user, campaign);
        return view(s);
    }

    /** Builds (or rebuilds) the national draft; returns the stored synthesis. */
    Synthesis build(CurrentUser user, Campaign campaign) {
        Inputs in = inputs(campaign.id);
        Synthesis s = versions.openDraft(campaign.id, Synthesis.NATIONAL_SCOPE, Synthesis.NATIONAL_CODE);
        Map<Long, int[]> w = in.weights();
        drafting.rebuild(s, in.items(), d -> {
            int departments = (int) d.sources.stream().map(SourceRef::department).distinct().count();
            int weight = d.sources.stream().mapToInt(r -> w.getOrDefault(r.synthesisItemId(), new int[2])[0]
                    + w.getOrDefault(r.synthesisItemId(), new int[2])[1]).sum();
            return departments * 1_000_000 + weight;
        }, syntheses.write(rollUp(in.transmitted())), user);
        return s;
    }

    @Transactional
    public NationalSynthesisView edit(CurrentUser user, String campaignRef, Integer expectedRevision, Edit form) {
        Synthesis s = find(user, Action.EDIT, campaignRef);
        editing.applyEdit(s, user, expectedRevision, form);
        return view(s);
    }

    @Inject
    fr.parlonsen.security.SecurityAudit securityAudit;

    /** A document of the current national synthesis, written now (it is never frozen). */
    @Transactional
    public fr.parlonsen.synthesis.SynthesisExports.Document export(CurrentUser user, String campaignRef, String format) {
        Synthesis s = find(user, Action.EXPORT, campaignRef);
        fr.parlonsen.export.DocumentWriter writer = exports.writer(format);
        byte[] bytes = writer.write(documents.of(s));
        securityAudit.record(user.username(), fr.parlonsen.security.SecurityAudit.SYNTHESIS_EXPORTED,
                "synthèse nationale v" + s.version + " (" + format + ")", "success");
        return new fr.parlonsen.synthesis.SynthesisExports.Document(bytes, writer.mediaType(),
                "synthese-nationale-v" + s.version + "." + writer.extension(),
                fr.parlonsen.synthesis.SynthesisExports.sha256(bytes));
    }

    Campaign scope(CurrentUser user, Action action, String campaignRef) {
        if (!permissions.may(user, action)) {
            throw new Forbidden("La synthèse nationale est réservée à l'équipe nationale (DPS, DICOM).");
        }
        return campaigns.find(campaignRef);
    }

    Synthesis find(CurrentUser user, Action action, String campaignRef) {
        Campaign campaign = scope(user, action, campaignRef);
        return Synthesis.findLatest(campaign.id, Synthesis.NATIONAL_CODE).orElseThrow(() -> new NotFound(
                "Aucune synthèse nationale pour cette campagne : construisez d'abord le brouillon "
                        + "(POST …/national/synthesis/draft)."));
    }

    Inputs inputs(long campaignId) {
        List<Synthesis> transmitted = Synthesis.listTransmittedLatest(campaignId);
        if (transmitted.isEmpty()) {
            return new Inputs(transmitted, List.of(), Map.of());
        }
        List<Long> ids = transmitted.stream().map(t -> t.id).toList();
        List<SourceItem> items = new ArrayList<>();
        for (SynthesisQueries.TransmittedItem r : synthesisQueries.items(ids)) {
            items.add(new SourceItem(SynthesisSection.fromCode(r.section()).orElseThrow(), r.topic(), r.text(),
                    SourceRef.departmentalItem(r.department(), r.id()), r.confirmed()));
        }
        Map<Long, int[]> weights = synthesisQueries.sourceWeights(ids);
        return new Inputs(transmitted, items, weights);
    }

    /** Sums of the figures each département transmitted (as frozen in its transmitted version). */
    NationalFigures rollUp(List<Synthesis> transmitted) {
        Map<String, Department> deps = new HashMap<>();
        Department.<Department>listAll().forEach(d -> deps.put(d.code, d));
        int forums = 0, held = 0, participants = 0, questions = 0, items = 0, cTotal = 0, cCovered = 0;
        long pTotal = 0, pCovered = 0;
        List<DepartmentFigures> by = new ArrayList<>();
        for (Synthesis t : transmitted) {
            Figures f = syntheses.figures(t);
            Department d = deps.get(t.department);
            by.add(new DepartmentFigures(t.department, d == null ? t.department : d.name, d == null ? null : d.region,
                    d == null ? null : d.regionName, t.version, t.transmittedAt, t.id, f.forums(), f.held(),
                    f.participants(), f.questions(), f.minutesItems(), f.coverage().communesTotal(),
                    f.coverage().communesCovered(), f.coverage().populationTotal(), f.coverage().populationCovered()));
            forums += f.forums();
            held += f.held();
            participants += f.participants();
            questions += f.questions();
            items += f.minutesItems();
            cTotal += f.coverage().communesTotal();
            cCovered += f.coverage().communesCovered();
            pTotal += f.coverage().populationTotal();
            pCovered += f.coverage().populationCovered();
        }
        int total = (int) deps.values().stream().filter(d -> "metro".equals(d.zone) || "drom".equals(d.zone)).count();
        return new NationalFigures(transmitted.size(), total, forums, held, participants, questions, items,
                new CoverageFigures(cTotal, cCovered, pTotal, pCovered,
                        cTotal == 0 ? 0 : Math.round(1000.0 * cCovered / cTotal) / 10.0), by);
    }

    NationalFigures figures(Synthesis s) {
        try {
            return s.figures == null ? rollUp(List.of())
                    : json.readValue(s.figures, NationalFigures.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Departmental synthesis item id → its own sources (forum items and questions), in one query. */
    Map<Long, List<SourceRef>> expansions(Synthesis s) {
        if (s.id == null) {
            return new HashMap<>();
        }
        return synthesisQueries.citedItemSources(s.id);
    }

    /** One national item with its counts and expanded sources. */
    record Expanded(SynthesisItem item, List<String> departments, int meetings, int questions, List<Source> sources,
            List<Source> mentions) {
        int weight() {
            return meetings + questions;
        }
    }

    List<Expanded> expand(Synthesis s) {
        Map<Long, List<SourceRef>> exp = expansions(s);
        List<Expanded> out = new ArrayList<>();
        for (SynthesisItem i : s.items) {
            Set<String> deps = new TreeSet<>();
            Set<Long> forums = new LinkedHashSet<>();
            int questions = 0;
            List<Source> sources = new ArrayList<>();
            for (SourceRef r : i.sources.stream().sorted(java.util.Comparator
                    .comparing((SourceRef x) -> x.department() == null ? "" : x.department())
                    .thenComparing(x -> x.synthesisItemId() == null ? 0 : x.synthesisItemId())).toList()) {
                deps.add(r.department());
                List<SourceRef> under = exp.getOrDefault(r.synthesisItemId(), List.of());
                if (under.isEmpty()) {
                    sources.add(new Source(r.department(), r.synthesisItemId(), null, null, null));
                }
                for (SourceRef u : under) {
                    if (u.isQuestion()) {
                        questions++;
                    } else if (u.forumId() != null) {
                        forums.add(u.forumId());
                    }
                    sources.add(new Source(r.department(), r.synthesisItemId(), u.forumId(), u.itemId(), u.questionId()));
                }
            }
            List<Source> mentions = new ArrayList<>(); // departmental items classed in another national item
            for (SourceRef r : i.mentions.stream().sorted(SourceRef.ORDER).toList()) {
                List<SourceRef> under = exp.getOrDefault(r.synthesisItemId(), List.of());
                if (under.isEmpty()) {
                    mentions.add(new Source(r.department(), r.synthesisItemId(), null, null, null));
                }
                under.forEach(u -> mentions.add(new Source(r.department(), r.synthesisItemId(), u.forumId(), u.itemId(),
                        u.questionId())));
            }
            out.add(new Expanded(i, List.copyOf(deps), forums.size(), questions, sources, mentions));
        }
        return out;
    }

    NationalSynthesisView view(Synthesis s) {
        Map<SynthesisSection, List<ItemView>> bySection = new LinkedHashMap<>();
        for (SynthesisSection sec : SynthesisSection.values()) {
            bySection.put(sec, new ArrayList<>());
        }
        for (Expanded e : expand(s)) {
            SynthesisItem i = e.item();
            DraftItem d = i.toDraft();
            bySection.get(d.section).add(new ItemView(i.id, i.text, i.topic, e.weight(), e.departments().size(),
                    e.meetings(), e.questions(), i.edited, i.deleted ? Boolean.TRUE : null, i.deleteReason,
                    e.departments(), e.sources(), e.mentions()));
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((sec, items) -> sections.add(new SectionView(sec.code, sec.title, items)));
        return new NationalSynthesisView(s.scope, s.campaignId, s.version, s.status, s.revision, figures(s), sections,
                s.builtAt, s.assessment, new fr.parlonsen.synthesis.SynthesisViews.Signatory(s.signatoryName,
                        s.signatoryTitle));
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
