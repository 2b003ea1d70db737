package fr.parlonsen.synthesis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.parlonsen.forum.ForumQueries;
import fr.parlonsen.minutes.MinutesQueries;
import fr.parlonsen.question.QuestionQueries;
import fr.parlonsen.synthesis.SynthesisViews.ArrondissementFigures;
import fr.parlonsen.synthesis.SynthesisViews.CoverageFigures;
import fr.parlonsen.synthesis.SynthesisViews.Figures;
import fr.parlonsen.territory.TerritoryQueries;

/**
 * Reads what a synthesis is built from: validated minutes, published questions, forums and coverage, through the
 * query classes of the capabilities that own them (a few set-based queries each, never one per forum).
 */
@ApplicationScoped
public class SynthesisSources {
    @Inject
    ForumQueries forumQueries;
    @Inject
    MinutesQueries minutesQueries;
    @Inject
    QuestionQueries questionQueries;
    @Inject
    TerritoryQueries territory;

    /** The campaign's forums in the département that are not cancelled. */
    private List<ForumQueries.Listed> heldOrPlanned(long campaignId, String department) {
        return forumQueries.listed(campaignId, department).stream().filter(f -> !f.cancelled()).toList();
    }

    private static List<Long> ids(List<ForumQueries.Listed> forums) {
        return forums.stream().map(ForumQueries.Listed::id).toList();
    }

    /** The current items of the validated minutes of the forums not cancelled, by forum then id. */
    private List<MinutesQueries.Line> validatedLines(long campaignId, String department) {
        return minutesQueries.validatedLines(ids(heldOrPlanned(campaignId, department)));
    }

    /** Every item of every validated minutes, and every published citizen's question. */
    public List<SourceItem> items(long campaignId, String department) {
        List<SourceItem> out = new ArrayList<>();
        for (MinutesQueries.Line r : validatedLines(campaignId, department)) {
            SynthesisSection section = switch (r.kind()) {
                case "strength" -> SynthesisSection.STRENGTHS;
                case "weakness" -> SynthesisSection.WEAKNESSES;
                case "proposal" -> SynthesisSection.PROPOSALS;
                default -> SynthesisSection.ISSUES; // questions asked and notes on each sub-topic
            };
            out.add(new SourceItem(section, r.topic(), r.text(), SourceRef.minutesItem(r.forumId(), r.id()),
                    "chosen".equals(r.topicSource())));
        }
        for (QuestionQueries.Published q : questionQueries.published(campaignId, department)) {
            out.add(new SourceItem(SynthesisSection.ISSUES, q.topic(), q.text(), SourceRef.question(q.forumId(), q.id()),
                    "chosen".equals(q.topicSource())));
        }
        return out;
    }

    public Figures figures(long campaignId, String department) {
        List<ForumQueries.Listed> forums = heldOrPlanned(campaignId, department);
        Map<Long, MinutesQueries.Summary> minutes = minutesQueries.summaries(ids(forums));
        int held = 0;
        int attendance = 0;
        for (ForumQueries.Listed f : forums) {
            MinutesQueries.Summary m = minutes.get(f.id());
            boolean validated = m != null && m.validated();
            if ("held".equals(f.status()) || validated) {
                held++;
            }
            if (validated && m.attendance() != null) {
                attendance += m.attendance();
            }
        }
        List<MinutesQueries.Line> lines = minutesQueries.validatedLines(ids(forums));
        int minutesQuestions = (int) lines.stream().filter(l -> "question".equals(l.kind())).count();
        int minutesItems = lines.size();
        int publicQuestions = questionQueries.published(campaignId, department).size();

        List<TerritoryQueries.Commune> communes = territory.communes(department);
        Set<String> covered = forumQueries.coveredCommunes(campaignId,
                communes.stream().map(TerritoryQueries.Commune::code).toList());
        long population = 0;
        long populationCovered = 0;
        int coveredCount = 0;
        for (TerritoryQueries.Commune c : communes) {
            population += c.population();
            if (covered.contains(c.code())) {
                coveredCount++;
                populationCovered += c.population();
            }
        }
        int total = communes.size();
        CoverageFigures coverage = new CoverageFigures(total, coveredCount, population, populationCovered,
                total == 0 ? 0 : Math.round(1000.0 * coveredCount / total) / 10.0);

        Map<String, String> arrondissements = territory.names(TerritoryQueries.Zone.ARRONDISSEMENTS, department);
        Map<Long, Set<String>> touching = forumQueries.arrondissementsTouching(campaignId, arrondissements.keySet());
        Map<Long, Integer> validatedAttendance = minutesQueries.validatedAttendance(touching.keySet());
        List<ArrondissementFigures> arrs = new ArrayList<>();
        for (Map.Entry<String, String> a : arrondissements.entrySet()) {
            int forumCount = 0;
            int people = 0;
            for (Map.Entry<Long, Set<String>> f : touching.entrySet()) {
                if (f.getValue().contains(a.getKey())) {
                    forumCount++;
                    if (a.getKey().equals(f.getValue().stream().min(Comparator.naturalOrder()).orElse(null))) {
                        people += validatedAttendance.getOrDefault(f.getKey(), 0);
                    }
                }
            }
            arrs.add(new ArrondissementFigures(a.getKey(), a.getValue(), forumCount, people));
        }
        return new Figures(forums.size(), held, attendance, minutesQuestions + publicQuestions, minutesItems,
                coverage, arrs);
    }

    /** One forum of the campaign as the documents list it (drafts are not listed). */
    public record ForumRow(long id, String title, LocalDateTime startsAt, String status, String venue,
            String commune, List<String> cantons, String minutesStatus, Integer attendance, List<Integer> breakdown,
            LocalDateTime startedAt, LocalDateTime endedAt, String summary) {
        /** Held, or its minutes are validated (it met, even if its status was stored before that rule). */
        public boolean held() {
            return "held".equals(status) || minutesValidated();
        }

        public boolean minutesValidated() {
            return "validated".equals(minutesStatus);
        }
    }

    /** One item of a forum's minutes, in the order the minutes give them. */
    public record MinutesLine(long id, long forumId, String kind, int position, String text, String answer, String topic) {
    }

    /** A citizen's published question with its answer. */
    public record QuestionRow(long id, Long forumId, LocalDateTime submittedAt, String text, String answer,
            String topic) {
    }

    /** Every forum of the campaign in the département but drafts, by date, with its cantons and attendance. */
    public List<ForumRow> forumRows(long campaignId, String department) {
        List<ForumQueries.Listed> forums = forumQueries.listed(campaignId, department);
        Map<Long, Set<String>> communes = forumQueries.communes(ids(forums));
        Map<String, List<String>> cantonsOfCommune = new HashMap<>();
        List<String> cantonOrder = new ArrayList<>(); // canton names in the database's collation order
        for (String[] r : territory.cantonNamesOfCommunes(
                communes.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toSet()))) {
            cantonsOfCommune.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            cantonOrder.add(r[1]);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String name : cantonOrder) {
            rank.putIfAbsent(name, rank.size());
        }
        List<ForumQueries.Listed> listed = forums.stream().filter(f -> !f.draft()).toList();
        Map<Long, MinutesQueries.Summary> minutes = minutesQueries.summaries(ids(listed));
        Map<String, TerritoryQueries.Place> venues = territory.places(TerritoryQueries.Zone.COMMUNES, department,
                listed.stream().map(ForumQueries.Listed::venueCommune).filter(c -> c != null).distinct().toList());
        List<ForumRow> out = new ArrayList<>();
        for (ForumQueries.Listed f : listed) {
            Set<String> cantons = new LinkedHashSet<>();
            for (String commune : communes.getOrDefault(f.id(), Set.of())) {
                cantons.addAll(cantonsOfCommune.getOrDefault(commune, List.of()));
            }
            List<String> sorted = cantons.stream().sorted(Comparator.comparing(rank::get)).toList();
            MinutesQueries.Summary m = minutes.get(f.id());
            List<Integer> breakdown = m == null ? java.util.Collections.nCopies(7, null) : m.breakdown();
            TerritoryQueries.Place venue = f.venueCommune() == null ? null : venues.get(f.venueCommune());
            out.add(new ForumRow(f.id(), f.title(), f.startsAt(), f.status(), f.venueName(),
                    venue == null ? null : venue.name(), sorted, m == null ? null : m.status(),
                    m == null ? null : m.attendance(), new ArrayList<>(breakdown), m == null ? null : m.startedAt(),
                    m == null ? null : m.endedAt(), m == null ? null : m.summary()));
        }
        return out;
    }

    /** The items of the validated minutes of the campaign's forums in the département, by forum and position. */
    public List<MinutesLine> minutesLines(long campaignId, String department) {
        return validatedLines(campaignId, department).stream()
                .map(r -> new MinutesLine(r.id(), r.forumId(), r.kind(), r.position(), r.text(), r.answer(), r.topic()))
                .sorted(Comparator.comparingLong(MinutesLine::forumId).thenComparing(MinutesLine::kind)
                        .thenComparingInt(MinutesLine::position).thenComparingLong(MinutesLine::id))
                .toList();
    }

    /** The citizens' published questions (public submissions), oldest first, with their answers. */
    public List<QuestionRow> publishedQuestions(long campaignId, String department) {
        return questionQueries.published(campaignId, department).stream()
                .map(q -> new QuestionRow(q.id(), q.forumId(), q.submittedAt(), q.text(), q.answer(), q.topic()))
                .sorted(Comparator.comparing(QuestionRow::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(QuestionRow::id))
                .toList();
    }

    /** Citizens' questions still waiting for moderation. */
    public int pendingQuestions(long campaignId, String department) {
        return questionQueries.pending(campaignId, department);
    }

    /** Forum id → its title, for source references. */
    public Map<Long, String> forumTitles(long campaignId, String department) {
        Map<Long, String> out = new LinkedHashMap<>();
        forumQueries.listed(campaignId, department).stream().sorted(Comparator.comparingLong(ForumQueries.Listed::id))
                .forEach(f -> out.put(f.id(), f.title()));
        return out;
    }
}
