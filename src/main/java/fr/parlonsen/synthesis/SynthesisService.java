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
 * validation by the prefecture, transmission that freezes the version and its documents.
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
    TopicExamples examples;

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
        Synthesis s = openDraft(campaign.id, Synthesis.DEPARTMENT_SCOPE, department);
        List<SourceItem> said = sources.items(campaign.id, department);
        progress.report(15, "Regroupement de " + said.size() + " éléments par similarité");
        rebuild(s, said, DraftItem::weight, write(sources.figures(campaign.id, department)), user, progress);
        progress.report(100, "Brouillon prêt");
        return view(s);
    }

    @Transactional
    public SynthesisView edit(CurrentUser user, String campaignRef, String department, Integer expectedRevision,
            Edit form) {
        Synthesis s = find(user, Action.EDIT, campaignRef, department, null);
        applyEdit(s, user, expectedRevision, form);
        return view(s);
    }

    // -- the mechanisms, shared with the national synthesis (another scope, other sources, other permissions)

    /** The version a draft is built into: the latest one, or version + 1 after a transmission, or version 1. */
    public Synthesis openDraft(long campaignId, String scope, String code) {
        Synthesis s = Synthesis.findLatest(campaignId, code).orElse(null);
        if (s == null) {
            s = newVersion(campaignId, scope, code, 1);
        } else if (s.isTransmitted()) {
            s = copyAsNextVersion(s);
        }
        return s;
    }

    /** Rebuilds the items of {@code s} from the current sources, keeping human edits; back to draft. */
    public void rebuild(Synthesis s, List<SourceItem> current, java.util.function.ToIntFunction<DraftItem> weight,
            String figuresJson, CurrentUser user) {
        rebuild(s, current, weight, figuresJson, user, (share, label) -> {
        });
    }

    /** As above, reporting progress (grouping from 15 to 85 %, then storing). */
    public void rebuild(Synthesis s, List<SourceItem> current, java.util.function.ToIntFunction<DraftItem> weight,
            String figuresJson, CurrentUser user, Progress progress) {
        bumpRevision(s, null);
        List<DraftItem> existing = s.items.stream().map(SynthesisItem::toDraft).toList();
        List<DraftItem> rebuilt = builder.rebuild(current, new ArrayList<>(existing), weight,
                done -> progress.report(15 + done * 70 / 100, "Regroupement par similarité"));
        progress.report(85, "Enregistrement du brouillon");
        confirmFromSources(rebuilt, current);
        store(s, rebuilt);
        s.status = Synthesis.DRAFT;
        s.validatedAt = null;
        s.validatedBy = null;
        s.builtAt = Instant.now();
        s.figures = figuresJson;
        audit(s, user, "draft", rebuilt.size() + " éléments");
        em.flush();
    }

    /** A human edit (PUT) with If-Match: every source stays in exactly one item, deletions need a reason. */
    public void applyEdit(Synthesis s, CurrentUser user, Integer expectedRevision, Edit form) {
        checkEditable(s);
        checkRevision(s, expectedRevision);
        if (form.sections() == null && form.assessment() == null && form.signatory() == null) {
            throw new Invalid("sections", "Les sections sont obligatoires (ou l'appréciation, ou le signataire).");
        }
        List<Violation> tooLong = new ArrayList<>();
        if (form.assessment() != null && form.assessment().length() > 100_000) {
            tooLong.add(new Violation("assessment", "L'appréciation ne doit pas dépasser 100 000 caractères."));
        }
        if (form.signatory() != null && form.signatory().name() != null && form.signatory().name().strip().length() > 200) {
            tooLong.add(new Violation("signatory.name", "Le nom du signataire ne doit pas dépasser 200 caractères."));
        }
        if (form.signatory() != null && form.signatory().title() != null && form.signatory().title().strip().length() > 300) {
            tooLong.add(new Violation("signatory.title", "La qualité du signataire ne doit pas dépasser 300 caractères."));
        }
        if (!tooLong.isEmpty()) {
            throw new Invalid(tooLong);
        }
        List<DraftItem> edited = form.sections() == null ? null : apply(s, form);
        bumpRevision(s, expectedRevision);
        if (edited != null) {
            learnChosenTopics(s, edited, user);
            store(s, edited);
        }
        if (form.assessment() != null) {
            s.assessment = blankToNull(form.assessment());
        }
        if (form.signatory() != null) {
            s.signatoryName = blankToNull(form.signatory().name());
            s.signatoryTitle = blankToNull(form.signatory().title());
        }
        s.status = Synthesis.DRAFT;
        s.validatedAt = null;
        s.validatedBy = null;
        audit(s, user, "edit", null);
        em.flush();
    }

    @Transactional
    public SynthesisView validate(CurrentUser user, String campaignRef, String department) {
        Synthesis s = find(user, Action.VALIDATE, campaignRef, department, null);
        checkEditable(s);
        if (s.items.isEmpty()) {
            throw new Invalid("sections", "Une synthèse vide ne peut pas être validée : construisez d'abord le brouillon.");
        }
        bumpRevision(s, null);
        s.status = Synthesis.VALIDATED;
        s.validatedAt = Instant.now();
        s.validatedBy = user.username();
        audit(s, user, "validate", null);
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
        bumpRevision(s, null);
        audit(s, user, "transmit", null);
        s.transmittedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        s.transmittedBy = user.username();
        Map<String, String> hashes = exports.freeze(s);
        audit(s, user, "freeze", String.join(";", hashes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
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

    private static void checkEditable(Synthesis s) {
        if (s.isTransmitted()) {
            throw new Conflict("La version " + s.version + " a été transmise : elle ne peut plus être modifiée. "
                    + "Reconstruisez le brouillon (POST …/synthesis/draft) pour ouvrir la version " + (s.version + 1) + ".");
        }
    }

    private static void checkRevision(Synthesis s, Integer expectedRevision) {
        if (expectedRevision == null) {
            throw new VersionRequired("Indiquez la version modifiée dans l'en-tête If-Match (ETag reçu à la lecture).");
        }
        if (expectedRevision != s.revision) {
            throw new StaleVersion("La synthèse a été modifiée entre-temps (révision "
                    + s.revision + ") : rechargez-la, rien n'a été écrasé.");
        }
    }

    /**
     * Every change of a version's content (items included, which the row's own @Version does not see) moves its
     * revision, under a row lock taken now: of two concurrent changes from the same revision, the second waits,
     * then finds the revision moved and changes nothing (412 for an edit with If-Match, 409 otherwise).
     */
    private void bumpRevision(Synthesis s, Integer expectedRevision) {
        if (s.id == null) {
            return;
        }
        int expected = s.revision;
        try {
            em.lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            throw stale(expectedRevision, expected);
        }
    }

    private static DomainError stale(Integer expectedRevision, int expected) {
        if (expectedRevision != null) {
            return new StaleVersion("La synthèse a été modifiée entre-temps (la révision "
                    + expected + " n'est plus la dernière) : rechargez-la, rien n'a été écrasé.");
        }
        return new Conflict("La synthèse est en cours de modification par une autre demande (construction, "
                + "édition ou validation simultanée) : rien n'a été changé par celle-ci, rechargez-la.");
    }


    private Synthesis newVersion(long campaignId, String scope, String department, int version) {
        Synthesis s = new Synthesis();
        s.scope = scope;
        s.campaignId = campaignId;
        s.department = department;
        s.version = version;
        s.persist();
        return s;
    }

    private Synthesis copyAsNextVersion(Synthesis from) {
        Synthesis s = newVersion(from.campaignId, from.scope, from.department, from.version + 1);
        s.assessment = from.assessment;
        s.signatoryName = from.signatoryName;
        s.signatoryTitle = from.signatoryTitle;
        for (SynthesisItem i : from.items) {
            SynthesisItem c = new SynthesisItem();
            c.synthesis = s;
            c.section = i.section;
            c.topic = i.topic;
            c.position = i.position;
            c.text = i.text;
            c.generatedText = i.generatedText;
            c.edited = i.edited;
            c.label = i.label;
            c.labelEdited = i.labelEdited;
            c.representative = i.representative;
            c.representativeEdited = i.representativeEdited;
            c.deleted = i.deleted;
            c.deleteReason = i.deleteReason;
            c.topicChosen = i.topicChosen;
            c.sourcesConfirmed = i.sourcesConfirmed;
            c.sources.addAll(i.sources);
            s.items.add(c);
        }
        return s;
    }

    /** Writes the builder's or the editor's items over the stored ones: same ids updated, others added/removed. */
    private void store(Synthesis s, List<DraftItem> items) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        List<SynthesisItem> kept = new ArrayList<>();
        for (DraftItem d : items) {
            SynthesisItem e = d.id == null ? null : byId.remove(d.id);
            if (e == null) {
                e = new SynthesisItem();
                e.synthesis = s;
            }
            e.section = d.section.code;
            e.topic = d.topic;
            e.position = d.position;
            e.text = d.text;
            e.generatedText = d.generatedText;
            e.edited = d.edited;
            e.label = d.label;
            e.labelEdited = d.labelEdited;
            e.representative = d.representative;
            e.representativeEdited = d.representativeEdited;
            e.deleted = d.deleted;
            e.deleteReason = d.deleteReason;
            e.topicChosen = d.topicChosen;
            e.sourcesConfirmed = d.sourcesConfirmed;
            e.sources.clear();
            e.sources.addAll(d.sources);
            kept.add(e);
        }
        s.items.clear();
        s.items.addAll(kept);
    }

    /** Applies a PUT: every source must stay in exactly one item; deletions need a reason. */
    private List<DraftItem> apply(Synthesis s, Edit form) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        Map<String, SourceRef> known = new HashMap<>();
        s.items.forEach(i -> i.sources.forEach(r -> known.put(r.key(), r)));
        Map<String, SynthesisItem> sourceOwner = new HashMap<>();
        s.items.forEach(i -> i.sources.forEach(r -> sourceOwner.put(r.key(), i)));
        List<Violation> violations = new ArrayList<>();
        List<DraftItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<SynthesisSection> sectionsSeen = new HashSet<>();
        for (int si = 0; si < form.sections().size(); si++) {
            SectionEdit se = form.sections().get(si);
            SynthesisSection section = SynthesisSection.fromCode(se.kind()).orElse(null);
            if (section == null) {
                violations.add(new Violation("sections[" + si + "].kind",
                        "Type de section inconnu : « " + se.kind() + " » (issues, strengths, weaknesses, proposals)."));
                continue;
            }
            sectionsSeen.add(section);
            int position = 0;
            for (int ii = 0; ii < se.items().size(); ii++) {
                ItemEdit ie = se.items().get(ii);
                String field = "sections[" + si + "].items[" + ii + "]";
                SynthesisItem stored = ie.id() == null ? null : byId.get(ie.id());
                if (ie.id() != null && stored == null) {
                    violations.add(new Violation(field + ".id", "Élément inconnu : " + ie.id() + "."));
                    continue;
                }
                DraftItem d = new DraftItem(section, ie.topic(), ie.text().strip());
                d.id = ie.id();
                d.position = ++position;
                d.generatedText = stored == null ? null : stored.generatedText;
                d.edited = stored == null || stored.edited || !ie.text().strip().equals(stored.generatedText);
                d.deleted = Boolean.TRUE.equals(ie.deleted());
                d.deleteReason = ie.deleteReason() == null ? null : ie.deleteReason().strip();
                String label = ie.label() == null ? null : ie.label().strip();
                d.label = label != null && !label.isEmpty() ? label : stored == null ? null : stored.label;
                d.labelEdited = stored == null ? label != null && !label.isEmpty()
                        : stored.labelEdited || (d.label != null && !d.label.equals(stored.label));
                String representative = ie.representative() == null ? null : ie.representative().strip();
                d.representative = representative != null && !representative.isEmpty() ? representative
                        : stored == null ? null : stored.representative;
                d.representativeEdited = stored == null ? representative != null && !representative.isEmpty()
                        : stored.representativeEdited
                                || (d.representative != null && !d.representative.equals(stored.representative));
                if (d.deleted && (d.deleteReason == null || d.deleteReason.isEmpty())) {
                    violations.add(new Violation(field + ".deleteReason", "Indiquez le motif de la suppression."));
                }
                if (ie.sources() != null) {
                    for (SourceEdit src : ie.sources()) {
                        String key = src.key();
                        SourceRef ref = known.get(key);
                        if (ref == null) {
                            violations.add(new Violation(field + ".sources", "Source inconnue de cette synthèse : " + key + "."));
                        } else {
                            d.sources.add(ref);
                        }
                    }
                } else if (stored != null) {
                    d.sources.addAll(stored.sources);
                }
                if (d.sources.isEmpty()) {
                    violations.add(new Violation(field + ".sources", "Chaque élément doit citer au moins une source."));
                }
                topicFlags(d, stored, ie.topicConfirmed(), sourceOwner);
                for (SourceRef r : d.sources) {
                    if (!seen.add(r.key())) {
                        violations.add(new Violation(field + ".sources",
                                "La source " + r.key() + " figure dans deux éléments : chaque source va dans un seul élément."));
                    }
                }
                out.add(d);
            }
        }
        Set<String> missing = new HashSet<>(known.keySet());
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            violations.add(new Violation("sections", missing.size() + " source(s) ne figurent plus dans aucun élément ("
                    + String.join(", ", missing.stream().sorted().limit(5).toList())
                    + ") : supprimez un élément avec un motif plutôt que de le retirer."));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return out;
    }

    /**
     * A topic changed on the synthesis, or explicitly confirmed, is a person's choice; otherwise the stored choice
     * stays (a new item from a split inherits it). Sources keep the confirmation they had in their former item when
     * the topic is the same.
     */
    private static void topicFlags(DraftItem d, SynthesisItem stored, Boolean confirmed,
            Map<String, SynthesisItem> sourceOwner) {
        String topic = d.topic == null || d.topic.isBlank() ? null : d.topic.strip();
        d.topic = topic;
        SynthesisItem former = stored != null ? stored
                : d.sources.stream().map(r -> sourceOwner.get(r.key())).filter(java.util.Objects::nonNull).findFirst()
                        .orElse(null);
        if (confirmed != null) {
            d.topicChosen = confirmed;
        } else if (stored != null && !java.util.Objects.equals(topic, stored.topic)) {
            d.topicChosen = true;
        } else {
            d.topicChosen = former != null && former.topicChosen && java.util.Objects.equals(topic, former.topic);
        }
        d.sourcesConfirmed = d.sources.stream().map(r -> sourceOwner.get(r.key())).allMatch(
                o -> o != null && o.sourcesConfirmed && java.util.Objects.equals(topic, o.topic));
    }

    /** After a rebuild: an item's sources are confirmed when a person chose each one's topic, the item's topic. */
    private static void confirmFromSources(List<DraftItem> items, List<SourceItem> current) {
        Map<String, SourceItem> byKey = new HashMap<>();
        current.forEach(c -> byKey.put(c.ref().key(), c));
        for (DraftItem d : items) {
            d.sourcesConfirmed = !d.sources.isEmpty() && d.sources.stream().map(r -> byKey.get(r.key())).allMatch(
                    c -> c != null && c.topicConfirmed() && java.util.Objects.equals(c.topic(), d.topic));
        }
    }

    /** Topics a person chose or confirmed on the synthesis become examples of the campaign. */
    private void learnChosenTopics(Synthesis s, List<DraftItem> edited, CurrentUser user) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        for (DraftItem d : edited) {
            SynthesisItem stored = d.id == null ? null : byId.get(d.id);
            boolean newlyChosen = d.topicChosen && d.topic != null
                    && (stored == null || !stored.topicChosen || !java.util.Objects.equals(stored.topic, d.topic));
            if (newlyChosen && d.id != null && !d.deleted) {
                examples.record(s.campaignId, d.topic, d.text, TopicExamples.SYNTHESIS, d.id, user.username());
            }
        }
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
                    i.topicConfirmed(), i.label, i.representative, places(i.sources, places), i.sources.size()));
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

    private void audit(Synthesis s, CurrentUser user, String action, String detail) {
        em.flush();
        em.createNativeQuery("insert into synthesis_audit (synthesis_id, username, action, detail) values (?1, ?2, ?3, ?4)")
                .setParameter(1, s.id).setParameter(2, user.username()).setParameter(3, action)
                .setParameter(4, detail).executeUpdate();
    }
}
