package fr.parlonsen.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.ForumRef;
import fr.parlonsen.followup.FollowupForms.NoteView;
import fr.parlonsen.followup.FollowupForms.SourceView;
import fr.parlonsen.followup.FollowupForms.StatementView;
import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.question.PersonalDataMasker;

/**
 * A commitment as the staff read it, or as the public does (personal data masked, no author): its sources, the
 * forums they came from (titles read once for a list), its notes, whether it was done on time.
 */
@ApplicationScoped
class CommitmentViews {
    @Inject
    ForumQueries forums;
    @Inject
    PersonalDataMasker masker;

    List<CommitmentView> views(List<Commitment> list, boolean publicView) {
        Map<Long, List<CommitmentNote>> notes = new LinkedHashMap<>();
        for (CommitmentNote n : CommitmentNote.listFor(list.stream().map(c -> c.id).toList())) {
            notes.computeIfAbsent(n.commitmentId, k -> new ArrayList<>()).add(n);
        }
        Set<Long> forumIds = new LinkedHashSet<>();
        list.forEach(c -> c.statements.forEach(s -> {
            if (s.forumId() != null) {
                forumIds.add(s.forumId());
            }
        }));
        Map<Long, String> titles = forums.titles(forumIds);
        return list.stream().map(c -> view(c, notes.getOrDefault(c.id, List.of()), publicView, titles)).toList();
    }

    CommitmentView view(Commitment c, List<CommitmentNote> notes, boolean publicView) {
        Set<Long> forumIds = new LinkedHashSet<>();
        c.statements.forEach(s -> {
            if (s.forumId() != null) {
                forumIds.add(s.forumId());
            }
        });
        return view(c, notes, publicView, forums.titles(forumIds));
    }

    private CommitmentView view(Commitment c, List<CommitmentNote> notes, boolean publicView, Map<Long, String> titles) {
        UnaryOperator<String> text = publicView ? t -> t == null ? null : masker.mask(t).text() : t -> t;
        List<SourceView> sources = new ArrayList<>();
        Set<Long> all = new LinkedHashSet<>();
        for (Commitment.ItemLink i : c.items) {
            List<StatementView> st = new ArrayList<>();
            Set<Long> itemForums = new LinkedHashSet<>();
            for (Commitment.StatementLink s : c.statements) {
                if (s.synthesisItemId() == i.synthesisItemId()) {
                    st.add(new StatementView(s.key(), s.forumId(), s.forumId() == null ? null : titles.get(s.forumId()),
                            s.minutesItemId(), s.questionId(), text.apply(s.text())));
                    if (s.forumId() != null && titles.containsKey(s.forumId())) {
                        itemForums.add(s.forumId());
                    }
                }
            }
            all.addAll(itemForums);
            sources.add(new SourceView(i.synthesisItemId(), i.synthesisVersion(), i.section(), text.apply(i.text()),
                    i.statementKey(), itemForums.stream().map(id -> forumRef(id, titles)).toList(), st));
        }
        List<NoteView> noteViews = notes.stream().map(n -> new NoteView(n.id, n.at,
                publicView ? n.maskedText : n.text, publicView ? null : n.createdBy)).toList();
        Boolean onTime = c.dueOn == null || c.doneOn == null ? null : !c.doneOn.isAfter(c.dueOn);
        return new CommitmentView(c.id, c.campaignId, c.department, text.apply(c.title), text.apply(c.description),
                c.carriedBy, c.dueOn, c.status, c.statusEnum().label, text.apply(c.reason), c.published, c.doneOn,
                onTime, c.version, c.items.stream().map(Commitment.ItemLink::synthesisItemId).toList(), sources,
                all.stream().map(id -> forumRef(id, titles)).toList(), noteViews,
                publicView ? null : c.createdAt, c.updatedAt);
    }

    private static ForumRef forumRef(long id, Map<Long, String> titles) {
        return new ForumRef(id, titles.get(id), "/forums/" + id);
    }
}
