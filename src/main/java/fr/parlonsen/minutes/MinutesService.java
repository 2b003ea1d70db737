package fr.parlonsen.minutes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.kernel.Text;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.Forbidden;
import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.kernel.Versions;
import fr.parlonsen.kernel.Violation;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.TopicChoices;
import fr.parlonsen.campaign.TopicExamples;
import fr.parlonsen.campaign.TopicChoices.ThemeView;
import fr.parlonsen.campaign.TopicSuggestions;
import fr.parlonsen.campaign.TopicSuggestions.TopicChoice;
import fr.parlonsen.forum.Forum;
import fr.parlonsen.forum.ForumStatus;
import fr.parlonsen.minutes.MinutesForms.Attendance;
import fr.parlonsen.minutes.MinutesForms.AuditEntry;
import fr.parlonsen.minutes.MinutesForms.ByCategory;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.ItemView;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.NoteForm;
import fr.parlonsen.minutes.MinutesForms.NoteView;
import fr.parlonsen.minutes.MinutesForms.QuestionView;
import fr.parlonsen.minutes.MinutesForms.ReopenForm;
import fr.parlonsen.minutes.MinutesForms.VersionSummary;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.minutes.MinutesValidated.RecordedQuestion;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.FormValidation;

/**
 * The minutes of a forum: reading, saving (If-Match, every version kept), the workflow draft → submitted →
 * validated (reopen back to draft with a reason), the audit trail. Saves and steps of one forum are serialised by a
 * lock on the forum row, so that of two editors holding the same version exactly one wins.
 */
@ApplicationScoped
public class MinutesService {
    static final ZoneId PARIS = fr.parlonsen.kernel.French.PARIS;

    @Inject
    MinutesPermissions permissions;
    @Inject
    TopicSuggestions topics;
    @Inject
    TopicExamples examples;
    @Inject
    FormValidation validation;
    @Inject
    ObjectMapper json;
    @Inject
    Event<MinutesValidated> validatedEvent;
    @Inject
    CitedItems citations;

    /** What a minutes page needs to know besides the minutes: the forum, its campaign's topics, who may do what. */
    public record Context(long forumId, String forumTitle, String department, LocalDateTime startsAt,
            List<ThemeView> themes, boolean mayEdit, boolean maySubmit, boolean mayValidate, boolean mayReopen) {
    }

    /** The minutes as a page shows them: {@code minutes} is null when none exist and this user may not write them. */
    public record Page(Context context, MinutesView minutes) {
    }

    /** The read-only page: the minutes, their audit trail and their versions. */
    public record Record(Context context, MinutesView minutes, List<AuditEntry> audit, List<VersionSummary> versions) {
    }

    /** One line of the minutes overview of a département. */
    /** {@code linked}: the minutes page exists for this user (minutes written, or this user may write them). */
    public record ForumMinutes(long forumId, String title, LocalDateTime startsAt, String forumStatus,
            String minutesStatus, String minutesStatusLabel, int version, boolean linked, boolean homonym) {
        ForumMinutes homonym(boolean h) {
            return new ForumMinutes(forumId, title, startsAt, forumStatus, minutesStatus, minutesStatusLabel, version,
                    linked, h);
        }
    }

    /** The forums of a département whose minutes this user may read, with the state of their minutes. */
    @Transactional
    public List<ForumMinutes> overview(CurrentUser user, String department) {
        if (department == null || !user.canSee(department)) {
            throw new Forbidden("Ce département n'est pas dans votre périmètre.");
        }
        List<ForumMinutes> out = new ArrayList<>();
        for (Forum f : Forum.<Forum> list("department = ?1 and status in ?2 order by startsAt, id", department,
                List.of(ForumStatus.PUBLISHED, ForumStatus.HELD))) {
            if (permissions.may(user, Action.READ, f)) {
                Minutes m = Minutes.findByForum(f.id).orElse(null);
                MinutesStatus status = m == null ? null : m.status;
                out.add(new ForumMinutes(f.id, f.title, f.startsAt, f.status.label,
                        status == null ? "none" : status.code, status == null ? "Non commencé" : status.label,
                        m == null ? 0 : m.version, m != null || permissions.may(user, Action.EDIT, f), false));
            }
        }
        // two forums of the same name at the same time: their links also say their number, so that they differ
        java.util.Map<String, Long> named = out.stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.title() + '\u0000' + f.startsAt(), java.util.stream.Collectors.counting()));
        return out.stream().map(f -> f.homonym(named.get(f.title() + '\u0000' + f.startsAt()) > 1)).toList();
    }

    @Transactional
    public Page page(CurrentUser user, long forumId) {
        Forum forum = forum(user, forumId, Action.READ, false);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        MinutesView v = m != null ? view(m)
                : permissions.may(user, Action.EDIT, forum) ? MinutesView.empty(forumId) : null;
        return new Page(context(user, forum), v);
    }

    @Transactional
    public Record record(CurrentUser user, long forumId) {
        Page page = page(user, forumId);
        return new Record(page.context(), page.minutes(), audit(user, forumId), versions(user, forumId));
    }

    /** One past version, for the read-only page. */
    @Transactional
    public Page versionPage(CurrentUser user, long forumId, int version) {
        Forum forum = forum(user, forumId, Action.READ, false);
        return new Page(context(user, forum), parseSnapshot(versionSnapshot(user, forumId, version)));
    }

    private Context context(CurrentUser user, Forum forum) {
        return new Context(forum.id, forum.title, forum.department, forum.startsAt, TopicChoices.of(forum.campaign),
                permissions.may(user, Action.EDIT, forum), permissions.may(user, Action.SUBMIT, forum),
                permissions.may(user, Action.VALIDATE, forum), permissions.may(user, Action.REOPEN, forum));
    }

    /** The minutes; for the forum's editors an empty draft (version 0) when none was written yet. */
    @Transactional
    public MinutesView get(CurrentUser user, long forumId) {
        Forum forum = forum(user, forumId, Action.READ, false);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        if (m == null) {
            if (!permissions.may(user, Action.EDIT, forum)) {
                throw new NotFound("Aucun compte rendu n'a encore été rédigé pour ce forum.");
            }
            return MinutesView.empty(forumId);
        }
        return view(m);
    }

    /** Replaces the content of the draft; {@code expectedVersion} is the If-Match (null: 428; stale: 412). */
    @Transactional
    public MinutesView save(CurrentUser user, long forumId, Integer expectedVersion, MinutesForm form) {
        return save(user, forumId, expectedVersion, form, "save");
    }

    @Transactional
    MinutesView save(CurrentUser user, long forumId, Integer expectedVersion, MinutesForm form, String action) {
        Forum forum = forum(user, forumId, Action.EDIT, true);
        if (form == null) {
            throw new Invalid("body", "Le corps de la requête est obligatoire.");
        }
        Times times = validate(form, forum.campaign);
        Minutes m = Minutes.findByForum(forumId).orElse(null);
        checkVersion(m, expectedVersion);
        if (m != null && m.status != MinutesStatus.DRAFT) {
            throw new Conflict("Le compte rendu est " + m.status.label.toLowerCase()
                    + " : il doit être rouvert pour être modifié.");
        }
        if (forum.status == ForumStatus.CANCELLED || forum.status == ForumStatus.DRAFT) {
            throw new Conflict("Ce forum est " + forum.status.label.toLowerCase()
                    + " : il n'a pas de compte rendu.");
        }
        boolean created = m == null;
        if (created) {
            m = new Minutes();
            m.forumId = forumId;
            m.version = 0;
            m.updatedBy = user.username();
            m.updatedAt = Instant.now();
            m.persist();
        }
        MinutesView before = created ? null : view(m).content();
        apply(m, form, times, forum.campaign);
        if (!created && before.equals(view(m).content())) {
            return view(m); // nothing changed: no new version
        }
        return step(m, user, action, null);
    }

    /**
     * Adds what was read from an imported document to the draft: its items after the existing ones, its other text
     * after the summary. A new version (action "import"), under the same If-Match rule as a save.
     */
    @Transactional
    public MinutesView importInto(CurrentUser user, long forumId, Integer expectedVersion, byte[] file) {
        forum(user, forumId, Action.EDIT, true);
        MinutesImport.Imported imported = MinutesImport.split(MinutesFileReader.read(file).blocks());
        if (imported.itemCount() == 0 && imported.summary().isBlank()) {
            throw new Invalid("fichier", "Aucun texte n'a été trouvé dans ce document.");
        }
        MinutesView current = Minutes.findByForum(forumId).map(this::view).orElse(MinutesView.empty(forumId));
        String summary = current.summary() == null ? imported.summary()
                : imported.summary().isBlank() ? current.summary() : current.summary() + "\n\n" + imported.summary();
        List<ItemForm> questions = new ArrayList<>(current.questions().stream().map(q -> new ItemForm(q.id(),
                q.text(), q.topic(), q.answer(), q.topicSource())).toList());
        imported.questions().forEach(q -> questions.add(new ItemForm(null, q.text(), null, q.answer(), null)));
        MinutesForm merged = new MinutesForm(current.attendance(), iso(current.startedAt()), iso(current.endedAt()),
                summary, current.topics().stream().map(n -> new NoteForm(n.id(), n.topic(), n.notes())).toList(),
                questions, plus(current.strengths(), imported.strengths()),
                plus(current.weaknesses(), imported.weaknesses()), plus(current.proposals(), imported.proposals()));
        return save(user, forumId, expectedVersion, merged, "import");
    }

    private static List<ItemForm> plus(List<ItemView> existing, List<String> added) {
        List<ItemForm> out = new ArrayList<>(existing.stream()
                .map(i -> new ItemForm(i.id(), i.text(), i.topic(), null, i.topicSource())).toList());
        added.forEach(t -> out.add(new ItemForm(null, t, null, null, null)));
        return out;
    }

    private static String iso(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    @Transactional
    public MinutesView submit(CurrentUser user, long forumId, Integer expectedVersion) {
        forum(user, forumId, Action.SUBMIT, true);
        Minutes m = existing(forumId);
        checkOptionalVersion(m, expectedVersion);
        if (m.status != MinutesStatus.DRAFT) {
            throw new Conflict("Seul un brouillon peut être soumis : ce compte rendu est "
                    + m.status.label.toLowerCase() + ".");
        }
        MinutesView v = view(m);
        List<Violation> missing = new ArrayList<>();
        if (m.attendanceTotal == null) {
            missing.add(new Violation("attendance.total", "Indiquez le nombre total de participants : sans lui, la "
                    + "synthèse ne peut pas compter la participation (la moitié des comptes rendus du Grand Débat "
                    + "n'en donnait aucun)."));
        }
        if (v.itemCount() == 0) {
            missing.add(new Violation("items", "Le compte rendu doit contenir au moins une question, un point fort, "
                    + "un point faible ou une proposition."));
        }
        if (!missing.isEmpty()) {
            throw new Invalid(missing);
        }
        m.status = MinutesStatus.SUBMITTED;
        return step(m, user, "submit", null);
    }

    @Transactional
    public MinutesView validate(CurrentUser user, long forumId, Integer expectedVersion) {
        Forum forum = forum(user, forumId, Action.VALIDATE, true);
        Minutes m = existing(forumId);
        checkOptionalVersion(m, expectedVersion);
        if (m.status != MinutesStatus.SUBMITTED) {
            throw new Conflict("Seul un compte rendu soumis peut être validé : celui-ci est "
                    + m.status.label.toLowerCase() + ".");
        }
        m.status = MinutesStatus.VALIDATED;
        m.reopenReason = null;
        MinutesView v = step(m, user, "validate", null);
        List<RecordedQuestion> questions = v.questions().stream().map(q -> new RecordedQuestion(q.id(), q.text(),
                q.answer(), q.topic(), q.topicSuggested(), q.topicSource())).toList();
        validatedEvent.fire(new MinutesValidated(forumId, forum.campaign.id, forum.department, questions));
        return v;
    }

    @Transactional
    public MinutesView reopen(CurrentUser user, long forumId, Integer expectedVersion, ReopenForm form) {
        forum(user, forumId, Action.REOPEN, true);
        validation.check(form == null ? new ReopenForm(null) : form);
        Minutes m = existing(forumId);
        checkOptionalVersion(m, expectedVersion);
        if (m.status == MinutesStatus.DRAFT) {
            throw new Conflict("Ce compte rendu est déjà un brouillon.");
        }
        m.status = MinutesStatus.DRAFT;
        m.reopenReason = form.reason().strip();
        return step(m, user, "reopen", m.reopenReason);
    }

    @Transactional
    public List<VersionSummary> versions(CurrentUser user, long forumId) {
        forum(user, forumId, Action.READ, false);
        return MinutesVersion.listByForumNewestFirst(forumId).stream()
                .map(v -> new VersionSummary(v.version, v.status.code, v.action, v.savedBy, v.savedAt)).toList();
    }

    /** One version as it was saved: the JSON body of the minutes at that version. */
    @Transactional
    public String versionSnapshot(CurrentUser user, long forumId, int version) {
        forum(user, forumId, Action.READ, false);
        return MinutesVersion.findByForumAndVersion(forumId, version).map(v -> v.snapshot)
                .orElseThrow(() -> new NotFound("Ce compte rendu n'a pas de version " + version + "."));
    }

    public MinutesView parseSnapshot(String snapshot) {
        try {
            return json.readValue(snapshot, MinutesView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version illisible", e);
        }
    }

    @Transactional
    public List<AuditEntry> audit(CurrentUser user, long forumId) {
        forum(user, forumId, Action.READ, false);
        return MinutesAudit.listByForumNewestFirst(forumId).stream()
                .map(a -> new AuditEntry(a.action, a.version, a.actor, a.at, a.reason)).toList();
    }

    // ---- internals

    private Forum forum(CurrentUser user, long forumId, Action action, boolean lock) {
        Forum forum = lock ? Forum.findById(forumId, LockModeType.PESSIMISTIC_WRITE) : Forum.findById(forumId);
        if (forum == null) {
            throw new NotFound("Aucun forum n° " + forumId + ".");
        }
        if (!permissions.may(user, action, forum)) {
            throw new Forbidden(permissions.may(user, Action.READ, forum)
                    ? "Votre rôle ne permet pas cette action sur le compte rendu de ce forum."
                    : "Ce forum n'est pas dans votre périmètre.");
        }
        return forum;
    }

    private static Minutes existing(long forumId) {
        return Minutes.findByForum(forumId)
                .orElseThrow(() -> new Conflict("Aucun compte rendu n'a encore été enregistré pour ce forum."));
    }

    private static void checkVersion(Minutes m, Integer expected) {
        int current = m == null ? 0 : m.version;
        Versions.check(expected, current);
    }

    private static void checkOptionalVersion(Minutes m, Integer expected) {
        if (expected != null) {
            checkVersion(m, expected);
        }
    }

    /** version + 1, the snapshot of that version, a line of audit. */
    private MinutesView step(Minutes m, CurrentUser user, String action, String reason) {
        m.version++;
        m.updatedBy = user.username();
        m.updatedAt = Instant.now();
        MinutesView v = view(m);
        MinutesVersion saved = new MinutesVersion();
        saved.forumId = m.forumId;
        saved.version = m.version;
        saved.status = m.status;
        saved.action = action;
        saved.savedBy = user.username();
        saved.savedAt = m.updatedAt;
        try {
            saved.snapshot = json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        saved.persist();
        MinutesAudit line = new MinutesAudit();
        line.forumId = m.forumId;
        line.action = action;
        line.version = m.version;
        line.actor = user.username();
        line.at = m.updatedAt;
        line.reason = reason;
        line.persist();
        return v;
    }

    record Times(LocalDateTime startedAt, LocalDateTime endedAt) {
    }

    private Times validate(MinutesForm form, Campaign campaign) {
        List<Violation> violations = new ArrayList<>(validation.violations(form));
        LocalDateTime started = dateTime(form.startedAt(), "startedAt", violations);
        LocalDateTime ended = dateTime(form.endedAt(), "endedAt", violations);
        if (started != null && ended != null && ended.isBefore(started)) {
            violations.add(new Violation("endedAt", "La fin de la réunion précède son début."));
        }
        Attendance a = form.attendance();
        if (a != null && a.total() != null && a.byCategory() != null && a.byCategory().sum() > a.total()) {
            violations.add(new Violation("attendance.total", "Le total (" + a.total()
                    + ") est inférieur à la somme des participants par catégorie (" + a.byCategory().sum() + ")."));
        }
        checkTopics(violations, "topics", form.topics(), NoteForm::topic, campaign);
        checkTopics(violations, "questions", form.questions(), ItemForm::topic, campaign);
        checkTopics(violations, "strengths", form.strengths(), ItemForm::topic, campaign);
        checkTopics(violations, "weaknesses", form.weaknesses(), ItemForm::topic, campaign);
        checkTopics(violations, "proposals", form.proposals(), ItemForm::topic, campaign);
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new Times(started, ended);
    }

    private static <T> void checkTopics(List<Violation> violations, String list, List<T> items,
            Function<T, String> topic, Campaign campaign) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String code = items.get(i) == null ? null : topic.apply(items.get(i));
            if (code != null && !code.isBlank() && campaign.topic(code.strip()).isEmpty()) {
                violations.add(new Violation(list + "[" + i + "].topic",
                        "Sous-thème inconnu dans cette campagne : « " + code + " »."));
            }
        }
    }

    static LocalDateTime dateTime(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Optional<LocalDateTime> read = Text.parisDateTime(v);
        if (read.isEmpty()) {
            violations.add(new Violation(field,
                    "Date et heure invalides : « " + v + " » (format attendu : 2009-03-16T18:30:00+01:00)."));
            return null;
        }
        return read.get();
    }

    private void apply(Minutes m, MinutesForm form, Times times, Campaign campaign) {
        Attendance a = form.attendance() == null ? new Attendance(null, null) : form.attendance();
        ByCategory c = a.byCategory() == null ? ByCategory.EMPTY : a.byCategory();
        m.attendanceTotal = a.total();
        m.attendancePublic = c.publicCount();
        m.attendanceElus = c.elus();
        m.attendanceAssociations = c.associations();
        m.attendancePoliceNationale = c.policeNationale();
        m.attendanceGendarmerie = c.gendarmerie();
        m.attendancePoliceMunicipale = c.policeMunicipale();
        m.attendanceAutres = c.autres();
        m.startedAt = times.startedAt();
        m.endedAt = times.endedAt();
        m.summary = blankToNull(form.summary());

        Map<Long, MinutesItem> existing = new HashMap<>();
        MinutesItem.listByForum(m.forumId).forEach(i -> existing.put(i.id, i));
        Set<Long> cited = citations.frozen(existing.keySet());
        List<MinutesItem> kept = new ArrayList<>();
        int position = 0;
        for (NoteForm n : orEmpty(form.topics())) {
            MinutesItem item = reuse(existing, n.id(), m.forumId, ItemKind.TOPIC_NOTE, kept, cited, n.notes(), null);
            item.position = position++;
            item.text = n.notes();
            item.answer = null;
            item.topic = n.topic().strip();
            item.topicSuggested = topics.suggest(campaign, n.notes()).orElse(null);
            item.topicSource = TopicSuggestions.CHOSEN;
        }
        applyItems(m.forumId, ItemKind.QUESTION, form.questions(), existing, kept, campaign, cited);
        applyItems(m.forumId, ItemKind.STRENGTH, form.strengths(), existing, kept, campaign, cited);
        applyItems(m.forumId, ItemKind.WEAKNESS, form.weaknesses(), existing, kept, campaign, cited);
        applyItems(m.forumId, ItemKind.PROPOSAL, form.proposals(), existing, kept, campaign, cited);
        for (MinutesItem removed : existing.values()) {
            if (cited.contains(removed.id)) {
                removed.supersededAt = java.time.Instant.now(); // a transmitted synthesis cites it: kept as cited
            } else {
                removed.delete();
            }
        }
        kept.stream().filter(i -> i.id == null).forEach(i -> i.persist());
        learnChosenTopics(kept, campaign);
    }

    /**
     * Every statement whose topic a person chose becomes an example of the campaign (topic notes are not: they
     * gather a whole discussion); one back to a suggestion stops being one.
     */
    private void learnChosenTopics(List<MinutesItem> kept, Campaign campaign) {
        for (MinutesItem i : kept) {
            if (i.kind == ItemKind.TOPIC_NOTE) {
                continue;
            }
            if (TopicSuggestions.CHOSEN.equals(i.topicSource) && i.topic != null) {
                examples.record(campaign.id, i.topic, i.text, TopicExamples.MINUTES, i.id, null);
            } else {
                examples.forget(campaign.id, TopicExamples.MINUTES, i.id);
            }
        }
    }

    private void applyItems(long forumId, ItemKind kind, List<ItemForm> forms, Map<Long, MinutesItem> existing,
            List<MinutesItem> kept, Campaign campaign, Set<Long> cited) {
        int position = 0;
        for (ItemForm f : orEmpty(forms)) {
            String answer = kind == ItemKind.QUESTION ? blankToNull(f.answer()) : null;
            MinutesItem item = reuse(existing, f.id(), forumId, kind, kept, cited, f.text(), answer);
            item.position = position++;
            item.text = f.text();
            item.answer = answer;
            String basis = kind == ItemKind.QUESTION && item.answer != null ? f.text() + "\n" + item.answer : f.text();
            TopicChoice choice = topics.choose(campaign, basis, f.topic(), f.topicSource());
            item.topic = choice.topic();
            item.topicSuggested = choice.suggested();
            item.topicSource = choice.source();
        }
    }

    /**
     * The item with this id if it belongs to these minutes and was not claimed yet; a new item otherwise. An item
     * that a transmitted synthesis cites is never rewritten: when its kind, text or answer change, it is marked
     * superseded (its row stays as cited) and the minutes go on with a new item.
     */
    private static MinutesItem reuse(Map<Long, MinutesItem> existing, Long id, long forumId, ItemKind kind,
            List<MinutesItem> kept, Set<Long> cited, String text, String answer) {
        MinutesItem item = id == null ? null : existing.remove(id);
        if (item != null && cited.contains(item.id) && (item.kind != kind || !java.util.Objects.equals(item.text, text)
                || !java.util.Objects.equals(item.answer, answer))) {
            item.supersededAt = java.time.Instant.now();
            item = null;
        }
        if (item == null) {
            item = new MinutesItem();
            item.forumId = forumId;
        }
        item.kind = kind;
        kept.add(item);
        return item;
    }

    MinutesView view(Minutes m) {
        Map<ItemKind, List<MinutesItem>> byKind = new EnumMap<>(ItemKind.class);
        for (ItemKind k : ItemKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
        MinutesItem.listByForum(m.forumId).forEach(i -> byKind.get(i.kind).add(i));
        byKind.values().forEach(l -> l.sort((x, y) -> Integer.compare(x.position, y.position)));
        return new MinutesView(m.forumId, m.status.code, m.version,
                new Attendance(m.attendanceTotal, new ByCategory(m.attendancePublic, m.attendanceElus,
                        m.attendanceAssociations, m.attendancePoliceNationale, m.attendanceGendarmerie,
                        m.attendancePoliceMunicipale, m.attendanceAutres)),
                offset(m.startedAt), offset(m.endedAt), m.summary,
                byKind.get(ItemKind.TOPIC_NOTE).stream()
                        .map(i -> new NoteView(i.id, i.topic, i.text, i.topicSuggested, i.topicSource)).toList(),
                byKind.get(ItemKind.QUESTION).stream().map(i -> new QuestionView(i.id, i.text, i.topic, i.answer,
                        i.topicSuggested, i.topicSource)).toList(),
                items(byKind.get(ItemKind.STRENGTH)), items(byKind.get(ItemKind.WEAKNESS)),
                items(byKind.get(ItemKind.PROPOSAL)), m.reopenReason, m.updatedBy, m.updatedAt);
    }

    private static List<ItemView> items(Collection<MinutesItem> items) {
        return items.stream().map(i -> new ItemView(i.id, i.text, i.topic, i.topicSuggested, i.topicSource)).toList();
    }

    private static OffsetDateTime offset(LocalDateTime t) {
        return t == null ? null : t.atZone(PARIS).toOffsetDateTime();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
