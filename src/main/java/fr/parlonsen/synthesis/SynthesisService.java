package fr.parlonsen.synthesis;

import static fr.parlonsen.kernel.Text.blankToNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.DomainError.StaleVersion;
import fr.parlonsen.kernel.DomainError.VersionRequired;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.synthesis.SynthesisForms.Edit;
import fr.parlonsen.synthesis.SynthesisForms.ItemEdit;
import fr.parlonsen.synthesis.SynthesisForms.SectionEdit;
import fr.parlonsen.synthesis.SynthesisForms.SourceEdit;
import fr.parlonsen.synthesis.SynthesisPermissions.Action;
import fr.parlonsen.synthesis.SynthesisViews.Figures;
import fr.parlonsen.synthesis.SynthesisViews.ItemView;
import fr.parlonsen.synthesis.SynthesisViews.SectionView;
import fr.parlonsen.synthesis.SynthesisViews.SynthesisView;
import fr.parlonsen.synthesis.SynthesisViews.Transmission;
import fr.parlonsen.territory.TerritoryService;

/**
 * The departmental synthesis: draft built from validated minutes and published questions, human edits,
 * validation by the prefecture, transmission that freezes the version and its documents. The mechanisms shared
 * with the national synthesis are {@link SynthesisVersions}, {@link SynthesisDrafting} and {@link SynthesisEditing}.
 */
@ApplicationScoped
public class SynthesisService {
    @Inject
    SynthesisPermissions permissions;
    @Inject
    fr.parlonsen.campaign.CampaignService campaigns;
    @Inject
    SynthesisSources sources;
    @Inject
    DraftBuilder builder;
    @Inject
    SynthesisExports exports;
    @Inject
    TerritoryService territory;
    @Inject
    ObjectMapper json;
    @Inject
    fr.parlonsen.forum.ForumPlaces forumPlaces;
    @Inject
    EntityManager em;
    @Inject
    SynthesisVersions versions;
    @Inject
    SynthesisDrafting drafting;
    @Inject
    SynthesisEditing editing;

    @Transactional
    public SynthesisView get(CurrentUser user, String campaignRef, String department, Integer version) {
        Synthesis s = find(user, Action.READ, campaignRef, department, version);
        return view(s);
    }

    /** (Re)builds the draft, keeping human edits; after a transmission it opens version + 1. */
    @Transactional
    public SynthesisView buildDraft(CurrentUser user, String campaignRef, String department) {
        return buildDraft(user, campaignRef, department, (share, label) -> {
        });
    }

    /** Progress of a long build: share done (0 to 100) and what is being done, in French. */
    public interface Progress {
        void report(int share, String label);
    }

    @Transactional
    public SynthesisView buildDraft(CurrentUser user, String campaignRef, String department, Progress progress) {
        progress.report(5, "Lecture des comptes rendus validés et des questions publiées");
        Campaign campaign = scope(user, Action.BUILD, campaignRef, department);
        Synthesis s = versions.openDraft(campaign.id, Synthesis.DEPARTMENT_SCOPE, department);
        List<SourceItem> said = sources.items(campaign.id, department);
        progress.report(15, "Regroupement de " + said.size() + " éléments par similarité");
        drafting.rebuild(s, said, DraftItem::weight, write(sources.figures(campaign.id, department)), user, progress);
        progress.report(100, "Brouillon prêt");
        return view(s);
    }

    @Transactional
    public SynthesisView edit(CurrentUser user, String campaignRef, String department, Integer expectedRevision,
            Edit form) {
        Synthesis s = find(user, Action.EDIT, campaignRef, department, null);
        editing.applyEdit(s, user, expectedRevision, form);
        return view(s);
    }

    @Transactional
    public SynthesisView validate(CurrentUser user, String campaignRef, String department) {
        Synthesis s = find(user, Action.VALIDATE, campaignRef, department, null);
        SynthesisVersions.checkEditable(s);
        if (s.items.isEmpty()) {
            throw new Invalid("sections", "Une synthèse vide ne peut pas être validée : construisez d'abord le brouillon.");
        }
        versions.bumpRevision(s, null);
        s.status = Synthesis.VALIDATED;
        s.validatedAt = Instant.now();
        s.validatedBy = user.username();
        versions.audit(s, user, "validate", null);
        em.flush();
        return view(s);
    }

    /** Freezes the validated version: its documents are generated once, stored with their sha256. */
    @Transactional
    public Transmission transmit(CurrentUser user, String campaignRef, String department) {
        Synthesis s = find(user, Action.TRANSMIT, campaignRef, department, null);
        if (s.isTransmitted()) {
            throw new Conflict("La version " + s.version + " a déjà été transmise.");
        }
        if (!Synthesis.VALIDATED.equals(s.status)) {
            throw new Conflict("La synthèse doit être validée par la préfecture avant d'être transmise.");
        }
        versions.bumpRevision(s, null);
        versions.audit(s, user, "transmit", null);
        s.transmittedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        s.transmittedBy = user.username();
        Map<String, String> hashes = exports.freeze(s);
        versions.audit(s, user, "freeze", String.join(";", hashes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()));
        s.status = Synthesis.TRANSMITTED;
        em.flush();
        return new Transmission(s.version, hashes.get("pdf"), hashes, s.transmittedAt);
    }

    /** A document of a version: the frozen bytes of a transmitted one, otherwise generated now. */
    @Transactional
    public SynthesisExports.Document export(CurrentUser user, String campaignRef, String department, Integer version,
            String format) {
        Synthesis s = find(user, Action.EXPORT, campaignRef, department, version);
        SynthesisExports.Document doc = exports.document(s, format);
        securityAudit.record(user.username(), fr.parlonsen.security.SecurityAudit.SYNTHESIS_EXPORTED,
                "synthèse " + department + " v" + s.version + " (" + format + ")", "success");
        return doc;
    }

    @Inject
    fr.parlonsen.security.SecurityAudit securityAudit;

    // -- internals

    private Campaign scope(CurrentUser user, Action action, String campaignRef, String department) {
        Campaign campaign = campaigns.find(campaignRef);
        if (!permissions.may(user, action, department)) {
            if (!permissions.may(user, Action.READ, department)) {
                throw new Forbidden("Vous n'avez pas accès à la synthèse de ce département.");
            }
            throw new Forbidden("Votre rôle ne permet pas cette action sur la synthèse.");
        }
        territory.department(department);
        return campaign;
    }

    Synthesis find(CurrentUser user, Action action, String campaignRef, String department, Integer version) {
        Campaign campaign = scope(user, action, campaignRef, department);
        return (version == null ? Synthesis.findLatest(campaign.id, department)
                : Synthesis.findVersion(campaign.id, department, version))
                .orElseThrow(() -> new NotFound(version == null
                        ? "Aucune synthèse pour ce département : construisez d'abord le brouillon."
                        : "La version " + version + " de la synthèse n'existe pas."));
    }

    SynthesisView view(Synthesis s) {
        Map<SynthesisSection, List<ItemView>> bySection = new LinkedHashMap<>();
        for (SynthesisSection sec : SynthesisSection.values()) {
            bySection.put(sec, new ArrayList<>());
        }
        Map<Long, fr.parlonsen.forum.ForumPlaces.Place> places = forumPlaces.of(s.campaignId, s.department);
        for (SynthesisItem i : s.items) {
            DraftItem d = i.toDraft();
            bySection.get(d.section).add(new ItemView(i.id, i.text, i.topic, d.weight(), d.meetings(), d.questions(),
                    i.edited, i.deleted ? Boolean.TRUE : null, i.deleteReason,
                    i.sources.stream().sorted(SourceRef.ORDER).map(SynthesisViews.Source::of).toList(),
                    i.topicConfirmed(), i.label, i.representative, places(i.sources, places), i.sources.size(),
                    i.mentions.stream().sorted(SourceRef.ORDER).map(SynthesisViews.Source::of).toList()));
        }
        List<SectionView> sections = new ArrayList<>();
        bySection.forEach((sec, items) -> sections.add(new SectionView(sec.code, sec.title, items)));
        return new SynthesisView(s.department, s.campaignId, s.version, s.status, s.revision, figures(s), sections,
                s.builtAt, s.validatedAt, s.transmittedAt, s.isTransmitted() ? exports.hashes(s) : null, s.assessment,
                new SynthesisViews.Signatory(s.signatoryName, s.signatoryTitle));
    }

    /** The page's reading of a synthesis: groups by section, theme and sub-topic, with statements and places. */
    @Transactional
    public SynthesisBoard board(Campaign campaign, SynthesisView view, SynthesisBoard.Filters filters,
            Map<Long, String> forumTitles) {
        Map<String, String> statements = new HashMap<>();
        for (SourceItem i : sources.items(campaign.id, view.department())) {
            statements.put(i.ref().key(), i.text());
        }
        Map<String, String> names = new HashMap<>();
        fr.parlonsen.territory.TerritoryViews.DepartmentDetail detail = territory.detail(view.department());
        detail.arrondissements().forEach(a -> names.put(a.code(), a.name()));
        detail.cantons().forEach(k -> names.put(k.code(), k.name()));
        Campaign managed = em.find(Campaign.class, campaign.id);
        return SynthesisBoard.of(view, fr.parlonsen.campaign.TopicChoices.of(managed), filters, statements,
                forumTitles, names);
    }

    /** Where a group was raised: the forums of its sources, their arrondissements, cantons and dates. */
    static SynthesisViews.Places places(java.util.Collection<SourceRef> refs,
            Map<Long, fr.parlonsen.forum.ForumPlaces.Place> places) {
        java.util.TreeSet<String> arrondissements = new java.util.TreeSet<>();
        java.util.TreeSet<String> cantons = new java.util.TreeSet<>();
        Set<Long> forums = new HashSet<>();
        java.time.LocalDateTime first = null;
        java.time.LocalDateTime last = null;
        for (SourceRef r : refs) {
            fr.parlonsen.forum.ForumPlaces.Place p = r.forumId() == null ? null : places.get(r.forumId());
            if (p == null || !forums.add(p.forumId())) {
                continue;
            }
            arrondissements.addAll(p.arrondissements());
            cantons.addAll(p.cantons());
            if (p.startsAt() != null) {
                first = first == null || p.startsAt().isBefore(first) ? p.startsAt() : first;
                last = last == null || p.startsAt().isAfter(last) ? p.startsAt() : last;
            }
        }
        return new SynthesisViews.Places(forums.size(), List.copyOf(arrondissements), List.copyOf(cantons), first, last);
    }

    public Figures figures(Synthesis s) {
        if (s.figures == null) {
            return sources.figures(s.campaignId, s.department);
        }
        try {
            return json.readValue(s.figures, Figures.class);
        } catch (JsonProcessingException e) {
            return sources.figures(s.campaignId, s.department);
        }
    }

    public String write(Object f) {
        try {
            return json.writeValueAsString(f);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
