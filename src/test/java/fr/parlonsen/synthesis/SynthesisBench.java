package fr.parlonsen.synthesis;

import static fr.parlonsen.national.NationalSynthesisBench.PLACES;
import static fr.parlonsen.national.NationalSynthesisBench.PROPOSALS;
import static fr.parlonsen.national.NationalSynthesisBench.QUESTIONS;
import static fr.parlonsen.national.NationalSynthesisBench.STRENGTHS;
import static fr.parlonsen.national.NationalSynthesisBench.WEAKNESSES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code deploy/test.sh -Pbench -Dtest=SynthesisBench}: a synthetic département with 40 forums, 2,000 questions and
 * 600 minutes items, then 10× that; times the draft, PDF, DOCX and ODT and the heap. Goals: under 2 s each at 1×,
 * no more than 12× the time at 10×.
 */
@QuarkusTest
@Tag("bench")
class SynthesisBench {
    static final CurrentUser ADMIN = new CurrentUser("admin", "Admin", Set.of(Role.ADMIN), null, Set.of());

    @Inject
    AgroalDataSource ds;
    @Inject
    SynthesisService syntheses;
    @Inject
    Fixtures fixtures;

    final Random random = new Random(22);

    @Test
    void draft_and_documents_at_1x_and_10x() throws Exception {
        fixtures.ensure();
        Meetings.campaignLike2009("bench-1x");
        Meetings.campaignLike2009("bench-10x");
        List<String> rows = new ArrayList<>();
        rows.add("| scale | forums | items | questions | draft s | pdf s | docx s | odt s | heap MiB |");
        rows.add("|---|---|---|---|---|---|---|---|---|");
        double[] base = null;
        List<String> mentions = new ArrayList<>(List.of("| scale | statements | groups | groups with mentions | mentions |",
                "|---|---|---|---|---|"));
        for (int scale : new int[] { 1, 10 }) {
            String c = scale == 1 ? "bench-1x" : "bench-10x";
            generate(c, "59", 40 * scale, 15, 50);
            System.gc();
            long t0 = System.nanoTime();
            SynthesisViews.SynthesisView view = syntheses.buildDraft(ADMIN, c, "59");
            double draft = secs(t0);
            List<SynthesisViews.ItemView> items = view.sections().stream().flatMap(x -> x.items().stream()).toList();
            mentions.add(String.format("| %d× | %d | %d | %d | %d |", scale, items.stream().mapToInt(i -> i.sources().size()).sum(),
                    items.size(), items.stream().filter(i -> !i.alsoMentionedIn().isEmpty()).count(),
                    items.stream().mapToInt(i -> i.alsoMentionedIn().size()).sum()));
            System.out.printf("%n%s%n%s (draft %.2f s)%n", mentions.get(0), mentions.get(mentions.size() - 1), draft); // before the documents
            double[] formats = new double[3];
            int k = 0;
            for (String f : List.of("pdf", "docx", "odt")) {
                long t = System.nanoTime();
                syntheses.export(ADMIN, c, "59", null, f);
                formats[k++] = secs(t);
            }
            Runtime rt = Runtime.getRuntime();
            long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            rows.add(String.format("| %d× | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %d |", scale, 40 * scale,
                    600 * scale, 2000 * scale, draft, formats[0], formats[1], formats[2], heap));
            if (base == null) {
                base = new double[] { draft, formats[0], formats[1], formats[2] };
            } else {
                rows.add(String.format("| ratio 10×/1× | | | | %.1f | %.1f | %.1f | %.1f | |", draft / base[0],
                        formats[0] / base[1], formats[1] / base[2], formats[2] / base[3]));
            }
        }
        System.out.println();
        rows.forEach(System.out::println);
        System.out.println();
        mentions.forEach(System.out::println);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    void generate(String campaignCode, String dep, int forums, int itemsPerForum, int questionsPerForum)
            throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long campaignId = single(c, "select id from campaign where code = '" + campaignCode + "'");
            List<String> topics = new ArrayList<>();
            List<String> cantons = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("select code from campaign_topic where campaign_id = " + campaignId)) {
                    while (rs.next()) {
                        topics.add(rs.getString(1));
                    }
                }
                try (ResultSet rs = st.executeQuery("select code from canton where department = '" + dep + "'")) {
                    while (rs.next()) {
                        cantons.add(rs.getString(1));
                    }
                }
            }
            long forumId = single(c, "select coalesce(max(id), 0) from forum") + 1000;
            long itemId = single(c, "select coalesce(max(id), 0) from minutes_item") + 1000;
            try (PreparedStatement forum = c.prepareStatement("""
                    insert into forum (id, campaign_id, department, title, starts_at, ends_at, status, venue_name,
                    catchment_kind, created_by) values (?, ?, ?, ?, ?, ?, 'held', 'Salle des fêtes', 'cantons', 'bench')""");
                    PreparedStatement commune = c.prepareStatement("""
                            insert ignore into forum_commune (forum_id, commune_code)
                            select ?, commune_code from commune_canton where canton_code = ?""");
                    PreparedStatement minutes = c.prepareStatement("""
                            insert into minutes (forum_id, status, version, attendance_total, summary, updated_by)
                            values (?, 'validated', 1, ?, 'Échanges nourris avec les habitants.', 'bench')""");
                    PreparedStatement item = c.prepareStatement("""
                            insert into minutes_item (id, forum_id, kind, position, text, topic) values (?, ?, ?, ?, ?, ?)""");
                    PreparedStatement question = c.prepareStatement("""
                            insert into question (campaign_id, department, forum_id, source, status, original_text,
                            masked_text, topic) values (?, ?, ?, 'public', 'published', ?, ?, ?)""")) {
                for (int f = 0; f < forums; f++) {
                    long fid = forumId++;
                    LocalDateTime at = LocalDateTime.of(2009, 3, 20, 18, 30).plusDays(f % 55);
                    forum.setLong(1, fid);
                    forum.setLong(2, campaignId);
                    forum.setString(3, dep);
                    forum.setString(4, "Forum n° " + (f + 1));
                    forum.setTimestamp(5, Timestamp.valueOf(at));
                    forum.setTimestamp(6, Timestamp.valueOf(at.plusHours(2)));
                    forum.addBatch();
                    forum.executeBatch(); // the forum row first: its communes are copied by one INSERT … SELECT
                    commune.setLong(1, fid);
                    commune.setString(2, cantons.get(f % cantons.size()));
                    commune.executeUpdate();
                    minutes.setLong(1, fid);
                    minutes.setInt(2, 30 + random.nextInt(150));
                    minutes.addBatch();
                    for (int i = 0; i < itemsPerForum; i++) {
                        String[] bases = switch (i % 4) {
                            case 0 -> QUESTIONS;
                            case 1 -> STRENGTHS;
                            case 2 -> WEAKNESSES;
                            default -> PROPOSALS;
                        };
                        String kind = new String[] { "question", "strength", "weakness", "proposal" }[i % 4];
                        int b = random.nextInt(bases.length);
                        item.setLong(1, itemId++);
                        item.setLong(2, fid);
                        item.setString(3, kind);
                        item.setInt(4, i);
                        item.setString(5, bases[b] + " " + PLACES[random.nextInt(PLACES.length)]);
                        item.setString(6, topics.get(b % topics.size()));
                        item.addBatch();
                    }
                    for (int q = 0; q < questionsPerForum; q++) {
                        int b = random.nextInt(QUESTIONS.length);
                        String text = QUESTIONS[b] + " " + PLACES[random.nextInt(PLACES.length)] + " ?";
                        question.setLong(1, campaignId);
                        question.setString(2, dep);
                        question.setLong(3, fid);
                        question.setString(4, text);
                        question.setString(5, text);
                        question.setString(6, topics.get(b % topics.size()));
                        question.addBatch();
                    }
                }
                minutes.executeBatch();
                item.executeBatch();
                question.executeBatch();
            }
            c.commit();
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
