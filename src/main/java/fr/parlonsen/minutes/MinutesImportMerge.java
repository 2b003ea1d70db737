package fr.parlonsen.minutes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.parlonsen.kernel.DomainError.Invalid;
import fr.parlonsen.minutes.MinutesForms.ItemForm;
import fr.parlonsen.minutes.MinutesForms.ItemView;
import fr.parlonsen.minutes.MinutesForms.MinutesForm;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.NoteForm;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/**
 * Adds what was read from an imported document ({@link MinutesFileReader}, {@link MinutesImport}) to the draft: its
 * items after the existing ones, its other text after the summary, saved as one new version (action "import").
 */
@ApplicationScoped
public class MinutesImportMerge {
    @Inject
    MinutesAccess access;
    @Inject
    MinutesEditing editing;

    /** Under the same If-Match rule as a save. */
    @Transactional
    public MinutesView importInto(CurrentUser user, long forumId, Integer expectedVersion, byte[] file) {
        access.forum(user, forumId, Action.EDIT, true);
        MinutesImport.Imported imported = MinutesImport.split(MinutesFileReader.read(file).blocks());
        if (imported.itemCount() == 0 && imported.summary().isBlank()) {
            throw new Invalid("fichier", "Aucun texte n'a été trouvé dans ce document.");
        }
        MinutesView current = Minutes.findByForum(forumId).map(MinutesViews::view)
                .orElse(MinutesView.empty(forumId));
        String summary = current.summary() == null ? imported.summary()
                : imported.summary().isBlank() ? current.summary() : current.summary() + "\n\n" + imported.summary();
        List<ItemForm> questions = new ArrayList<>(current.questions().stream().map(q -> new ItemForm(q.id(),
                q.text(), q.topic(), q.answer(), q.topicSource())).toList());
        imported.questions().forEach(q -> questions.add(new ItemForm(null, q.text(), null, q.answer(), null)));
        MinutesForm merged = new MinutesForm(current.attendance(), iso(current.startedAt()), iso(current.endedAt()),
                summary, current.topics().stream().map(n -> new NoteForm(n.id(), n.topic(), n.notes())).toList(),
                questions, plus(current.strengths(), imported.strengths()),
                plus(current.weaknesses(), imported.weaknesses()), plus(current.proposals(), imported.proposals()));
        return editing.save(user, forumId, expectedVersion, merged, "import");
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
}
