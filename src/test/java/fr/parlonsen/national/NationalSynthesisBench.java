package fr.parlonsen.national;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import fr.parlonsen.national.NationalProgress.Filter;
import fr.parlonsen.national.NationalProgress.Sort;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The national draft at the size of the 2009 campaign: 101 départements on the real cantons, 4,000 forums,
 * 200,000 citizens' questions, 60,000 minutes items and 101 transmitted departmental syntheses citing all of them,
 * generated with JDBC batches. Measures the national draft (build + view) and the progress table, with heap, as 10,
 * 25, 50 then 101 départements have transmitted. {@code -Dbench.scale=0.1} for a tenth of the forums, questions and
 * items (départements stay 101).
 * <p>
 * Run: {@code deploy/test.sh -Pbench -Dtest=NationalSynthesisBench}.
 */
@QuarkusTest
@Tag("bench")
public class NationalSynthesisBench {
    static final String C = "national-bench";
    static final int FORUMS = 4000, ITEMS_PER_FORUM = 15, QUESTIONS_PER_FORUM = 50;
    public static final String[] QUESTIONS = { "Pourquoi le commissariat ferme-t-il le dimanche", "Que faire contre les cambriolages dans les lotissements",
            "Comment déposer une pré-plainte en ligne", "Pourquoi la gendarmerie met-elle si longtemps à venir la nuit",
            "Les caméras de vidéoprotection servent-elles vraiment", "Que fait-on contre les rodéos motorisés",
            "Qui contacter en cas de violences conjugales", "Pourquoi si peu de patrouilles à pied",
            "Comment signaler un trafic de stupéfiants", "Les polices municipales peuvent-elles intervenir la nuit",
            "Que devient ma plainte après le dépôt", "Comment protéger les personnes âgées des escroqueries" };
    public static final String[] STRENGTHS = { "Bonne coopération entre la police municipale et la gendarmerie", "Les gendarmes sont très disponibles",
            "Le CLSPD fonctionne bien", "Les policiers connaissent bien le quartier", "La brigade de prévention est appréciée",
            "Les réunions de quartier sont utiles", "L'opération tranquillité vacances rassure les habitants",
            "Les délais d'intervention se sont améliorés", "La vidéoprotection a fait baisser les vols",
            "Le dialogue avec les élus est constant" };
    public static final String[] WEAKNESSES = { "Manque de présence policière la nuit dans le centre-ville", "Absence de patrouilles nocturnes",
            "Accueil du public trop lent au commissariat", "Horaires d'ouverture de la brigade trop restreints",
            "Rodéos motorisés non sanctionnés", "Éclairage public insuffisant près de la gare", "Manque d'effectifs en été",
            "Trop peu de retours après une plainte", "Les incivilités restent impunies", "Zones rurales mal couvertes la nuit" };
    public static final String[] PROPOSALS = { "Installer des caméras de vidéoprotection près de la gare", "Développer le dispositif voisins vigilants",
            "Créer une pré-plainte en ligne pour les petits vols", "Organiser des patrouilles à pied le samedi soir",
            "Ouvrir la brigade le dimanche matin", "Former les élus à la prévention de la délinquance",
            "Réunir le CLSPD chaque trimestre", "Mieux éclairer les parkings", "Créer une brigade équestre en forêt",
            "Informer les habitants des suites données aux plaintes" };
    public static final String[] PLACES = { "au centre-ville", "dans les villages", "près du collège", "dans les quartiers", "le week-end",
            "en été", "près de la gare", "sur le marché", "dans les lotissements", "" };

    @Inject
    Fixtures fixtures;
    @Inject
    AgroalDataSource ds;
    @Inject
    NationalService national;
    @Inject
    NationalProgress progress;

    final Random random = new Random(2009);
    /** The texts of the generated items: the templated sentences above, or real citizen text (-Dbench.texts=eval). */
    String[] questions = QUESTIONS, strengths = STRENGTHS, weaknesses = WEAKNESSES, proposals = PROPOSALS,
            places = PLACES;
    final CurrentUser user = new CurrentUser("national", "Équipe nationale", Set.of(Role.NATIONAL), null, Set.of());

    @Test
    void national_draft_at_campaign_size() throws Exception {
        fixtures.ensure();
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        if ("eval".equals(System.getProperty("bench.texts"))) {
            useEvaluationTexts();
        }
        Departments.campaignLike2009(C, "2009-05-22");
        long t0 = System.nanoTime();
        Generated g = generate(scale);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%nGenerated (scale %.2f) in %.1f s: %d départements, %d forums, %d minutes items, %d questions, "
                + "%d departmental synthesis items, %d sources%n", scale, genSeconds, g.departments.size(), g.forums,
                g.minutesItems, g.questions, g.synthesisItems, g.sources);

        List<String> lines = new ArrayList<>();
        lines.add(String.format("| transmitted départements | source items | national items | draft (s) | heap peak (MiB) | progress (ms) |"));
        lines.add("|---:|---:|---:|---:|---:|---:|");
        double last = 0;
        long lastHeap = 0;
        for (int n : new int[] { 10, 25, 50, g.departments.size() }) {
            transmit(g, n);
            deleteNational();
            System.gc();
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            long base = mem.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(base);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long s = System.nanoTime();
            var view = national.buildDraft(user, C);
            double seconds = (System.nanoTime() - s) / 1e9;
            sampler.interrupt();
            sampler.join();
            long p = System.nanoTime();
            progress.progress(user, C, null, Filter.NONE, Sort.departement, false);
            double progressMs = (System.nanoTime() - p) / 1e6;
            int items = view.sections().stream().mapToInt(x -> x.items().size()).sum();
            long heapMiB = (peak.get() - base) / (1024 * 1024);
            lines.add(String.format("| %d | %d | %d | %.1f | %d | %.0f |", n, g.itemsTransmitted, items, seconds, heapMiB,
                    progressMs));
            last = seconds;
            lastHeap = heapMiB;
        }
        System.out.println();
        System.out.println("National draft, scale " + scale + " (heap: peak used above the post-GC baseline, sampled every 20 ms)");
        lines.forEach(System.out::println);
        if (scale < 1) {
            System.out.printf("Extrapolated to full size (linear in source items, x%.0f): ~%.0f s%n", 1 / scale, last / scale);
        }
        assertTrue(last < 60, "national draft under 60 s: " + last);
        assertTrue(lastHeap < 1024, "heap under 1 GiB: " + lastHeap);
    }

    /**
     * Real citizen text instead of the templated sentences: the statements of ../shared/data/eval (read at run
     * time, never copied into the repository), dealt round-robin to questions, strengths, weaknesses and
     * proposals; no place suffix.
     */
    void useEvaluationTexts() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("bench.texts.dir", "../shared/data/eval"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String file : new String[] { "topics-2009-dev.jsonl", "grouping-dev.jsonl" }) {
            for (String line : java.nio.file.Files.readAllLines(dir.resolve(file))) {
                if (line.isBlank()) {
                    continue;
                }
                var node = json.readTree(line);
                String t = node.hasNonNull("text") ? node.get("text").asText()
                        : node.hasNonNull("answer") ? node.get("answer").asText() : null;
                if (t != null && t.strip().length() >= 20) {
                    String s = t.strip().replaceAll("\\s+", " ");
                    texts.add(s.length() > 600 ? s.substring(0, 600) : s);
                }
            }
        }
        java.util.Collections.shuffle(texts, new Random(2009));
        List<List<String>> pools = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < texts.size(); i++) {
            pools.get(i % 4).add(texts.get(i));
        }
        questions = pools.get(0).toArray(String[]::new);
        strengths = pools.get(1).toArray(String[]::new);
        weaknesses = pools.get(2).toArray(String[]::new);
        proposals = pools.get(3).toArray(String[]::new);
        places = new String[] { "" };
        System.out.printf("%nTexts: %d real statements from %s (%.0f characters on average)%n", texts.size(), dir,
                texts.stream().mapToInt(String::length).average().orElse(0));
    }

    static final class Generated {
        List<String> departments = new ArrayList<>();
        Map<String, Long> synthesisIds = new HashMap<>();
        Map<String, Integer> itemsByDepartment = new HashMap<>();
        int forums, minutesItems, questions, synthesisItems, sources, itemsTransmitted;
    }

    Generated generate(double scale) throws SQLException {
        Generated g = new Generated();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long campaignId = single(c, "select id from campaign where code = '" + C + "'");
            List<String> topics = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select code from campaign_topic where campaign_id = " + campaignId + " order by position, id")) {
                while (rs.next()) {
                    topics.add(rs.getString(1));
                }
            }
            Map<String, List<String>> cantons = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select d.code, k.code from department d left join canton k on k.department = d.code
                    where d.zone in ('metro', 'drom') order by d.code, k.code""")) {
                while (rs.next()) {
                    List<String> l = cantons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        l.add(rs.getString(2));
                    }
                }
            }
            g.departments.addAll(new java.util.TreeSet<>(cantons.keySet()));
            long forumId = single(c, "select coalesce(max(id), 0) from forum") + 1000;
            long itemId = single(c, "select coalesce(max(id), 0) from minutes_item") + 1000;
            long questionId = single(c, "select coalesce(max(id), 0) from question") + 1000;
            long synthesisId = single(c, "select coalesce(max(id), 0) from synthesis") + 1000;
            long sItemId = single(c, "select coalesce(max(id), 0) from synthesis_item") + 1000;
            int perDep = Math.max(1, (int) Math.round(FORUMS * scale / g.departments.size()));
            int itemsPerForum = ITEMS_PER_FORUM, questionsPerForum = QUESTIONS_PER_FORUM;
            try (PreparedStatement forum = c.prepareStatement("""
                    insert into forum (id, campaign_id, department, title, starts_at, ends_at, status, venue_name,
                    catchment_kind, created_by) values (?, ?, ?, ?, ?, ?, 'held', 'Salle des fêtes', ?, 'bench')""");
                    PreparedStatement catchment = c.prepareStatement("insert into forum_catchment (forum_id, code) values (?, ?)");
                    PreparedStatement minutes = c.prepareStatement("""
                            insert into minutes (forum_id, status, version, attendance_total, summary, updated_by)
                            values (?, 'validated', 1, ?, 'Échanges nourris.', 'bench')""");
                    PreparedStatement item = c.prepareStatement("""
                            insert into minutes_item (id, forum_id, kind, position, text, topic) values (?, ?, ?, ?, ?, ?)""");
                    PreparedStatement question = c.prepareStatement("""
                            insert into question (id, campaign_id, department, forum_id, source, status, original_text,
                            masked_text, topic) values (?, ?, ?, ?, 'public', 'published', ?, ?, ?)""");
                    PreparedStatement synthesis = c.prepareStatement("""
                            insert into synthesis (id, campaign_id, scope, department, version, status, figures, built_at,
                            validated_by, validated_at) values (?, ?, 'department', ?, 1, 'validated', ?, now(), 'bench', now())""");
                    PreparedStatement sItem = c.prepareStatement("""
                            insert into synthesis_item (id, synthesis_id, section, topic, position, text, generated_text)
                            values (?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement source = c.prepareStatement("""
                            insert into synthesis_source (item_id, source_key, forum_id, minutes_item_id, question_id)
                            values (?, ?, ?, ?, ?)""")) {
                int pending = 0;
                for (String dep : g.departments) {
                    List<String> ks = cantons.get(dep);
                    // departmental synthesis: one item per (section, base sentence), citing every source of it
                    Map<String, Long> itemOf = new HashMap<>();
                    long sid = synthesisId++;
                    g.synthesisIds.put(dep, sid);
                    int participants = 0, depItems = 0, depQuestions = 0;
                    List<Object[]> sourceRows = new ArrayList<>();
                    for (int f = 0; f < perDep; f++) {
                        long fid = forumId++;
                        LocalDateTime at = LocalDateTime.of(2009, 3, 20, 18, 30).plusDays(f % 55);
                        forum.setLong(1, fid);
                        forum.setLong(2, campaignId);
                        forum.setString(3, dep);
                        forum.setString(4, "Forum n° " + (f + 1) + " " + dep);
                        forum.setTimestamp(5, Timestamp.valueOf(at));
                        forum.setTimestamp(6, Timestamp.valueOf(at.plusHours(2)));
                        forum.setString(7, ks.isEmpty() ? "communes" : "cantons");
                        forum.addBatch();
                        if (!ks.isEmpty()) {
                            catchment.setLong(1, fid);
                            catchment.setString(2, ks.get(f % ks.size()));
                            catchment.addBatch();
                        }
                        int att = 30 + random.nextInt(150);
                        participants += att;
                        minutes.setLong(1, fid);
                        minutes.setInt(2, att);
                        minutes.addBatch();
                        g.forums++;
                        for (int i = 0; i < itemsPerForum; i++) {
                            String kind;
                            String[] bases;
                            switch (i % 4) {
                                case 0 -> { kind = "question"; bases = questions; }
                                case 1 -> { kind = "strength"; bases = strengths; }
                                case 2 -> { kind = "weakness"; bases = weaknesses; }
                                default -> { kind = "proposal"; bases = proposals; }
                            }
                            int b = random.nextInt(bases.length);
                            String topic = topics.get((b + i % 4 * 3) % topics.size());
                            long iid = itemId++;
                            item.setLong(1, iid);
                            item.setLong(2, fid);
                            item.setString(3, kind);
                            item.setInt(4, i);
                            item.setString(5, (bases[b] + " " + places[random.nextInt(places.length)]).strip());
                            item.setString(6, topic);
                            item.addBatch();
                            g.minutesItems++;
                            depItems++;
                            String section = switch (kind) {
                                case "strength" -> "strengths";
                                case "weakness" -> "weaknesses";
                                case "proposal" -> "proposals";
                                default -> "issues";
                            };
                            String key = section + "|" + topic + "|" + bases[b];
                            sourceRows.add(new Object[] { key, "m:" + iid, fid, iid, null });
                        }
                        for (int q = 0; q < questionsPerForum; q++) {
                            int b = random.nextInt(questions.length);
                            String topic = topics.get(b % topics.size());
                            String text = (questions[b] + " " + places[random.nextInt(places.length)]).strip()
                                    + (places == PLACES ? " ?" : "");
                            long qid = questionId++;
                            question.setLong(1, qid);
                            question.setLong(2, campaignId);
                            question.setString(3, dep);
                            question.setLong(4, fid);
                            question.setString(5, text);
                            question.setString(6, text);
                            question.setString(7, topic);
                            question.addBatch();
                            g.questions++;
                            depQuestions++;
                            sourceRows.add(new Object[] { "issues|" + topic + "|" + questions[b], "q:" + qid, fid, null, qid });
                        }
                        if (++pending % 20 == 0) {
                            flush(c, forum, catchment, minutes, item, question);
                        }
                    }
                    flush(c, forum, catchment, minutes, item, question);
                    synthesis.setLong(1, sid);
                    synthesis.setLong(2, campaignId);
                    synthesis.setString(3, dep);
                    synthesis.setString(4, String.format("{\"forums\":%d,\"held\":%d,\"participants\":%d,\"questions\":%d,"
                            + "\"minutesItems\":%d,\"coverage\":{\"communesTotal\":0,\"communesCovered\":0,\"populationTotal\":0,"
                            + "\"populationCovered\":0,\"percent\":0.0},\"arrondissements\":[]}", perDep, perDep, participants,
                            depQuestions + perDep * ((itemsPerForum + 3) / 4), depItems));
                    synthesis.executeUpdate();
                    int position = 0;
                    for (Object[] r : sourceRows) {
                        String key = (String) r[0];
                        Long id = itemOf.get(key);
                        if (id == null) {
                            id = sItemId++;
                            itemOf.put(key, id);
                            String[] parts = key.split("\\|", 3);
                            sItem.setLong(1, id);
                            sItem.setLong(2, sid);
                            sItem.setString(3, parts[0]);
                            sItem.setString(4, parts[1]);
                            sItem.setInt(5, ++position);
                            sItem.setString(6, parts[2]);
                            sItem.setString(7, parts[2]);
                            sItem.addBatch();
                            g.synthesisItems++;
                        }
                        source.setLong(1, id);
                        source.setString(2, (String) r[1]);
                        source.setLong(3, (Long) r[2]);
                        source.setObject(4, r[3]);
                        source.setObject(5, r[4]);
                        source.addBatch();
                        g.sources++;
                    }
                    g.itemsByDepartment.put(dep, itemOf.size());
                    sItem.executeBatch();
                    source.executeBatch();
                    c.commit();
                }
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("""
                        insert into forum_commune (forum_id, commune_code)
                        select fc.forum_id, cc.commune_code from forum_catchment fc
                        join forum f on f.id = fc.forum_id join commune_canton cc on cc.canton_code = fc.code
                        where f.campaign_id = %d group by fc.forum_id, cc.commune_code""".formatted(campaignId));
            }
            c.commit();
        }
        return g;
    }

    private static void flush(Connection c, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        c.commit();
    }

    /** The first {@code n} départements have transmitted (status only: the bench measures the national side). */
    void transmit(Generated g, int n) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement u = c.prepareStatement(
                "update synthesis set status = 'transmitted', transmitted_by = 'bench', transmitted_at = now(3) where id = ? and status <> 'transmitted'")) {
            g.itemsTransmitted = 0;
            for (int i = 0; i < n; i++) {
                u.setLong(1, g.synthesisIds.get(g.departments.get(i)));
                u.addBatch();
                g.itemsTransmitted += g.itemsByDepartment.get(g.departments.get(i));
            }
            u.executeBatch();
        }
    }

    /** Starts each measure from no national synthesis at all (a draft: the freeze triggers let it go). */
    void deleteNational() throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            String ids = "select s.id from synthesis s join campaign k on k.id = s.campaign_id where k.code = '" + C
                    + "' and s.scope = 'national'";
            st.executeUpdate("delete ss from synthesis_source ss join synthesis_item i on i.id = ss.item_id where i.synthesis_id in (" + ids + ")");
            st.executeUpdate("delete sm from synthesis_mention sm join synthesis_item i on i.id = sm.item_id where i.synthesis_id in (" + ids + ")");
            st.executeUpdate("delete from synthesis_item where synthesis_id in (select id from (" + ids + ") x)");
            st.executeUpdate("delete from synthesis where id in (select id from (" + ids + ") x)");
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
