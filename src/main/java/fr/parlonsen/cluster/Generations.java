package fr.parlonsen.cluster;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Cluster-wide generation counters of public content ("forum", "question", "followup"...): what the public pages
 * show changes, its topic is bumped in the same transaction (table {@code public_generation}). Every replica
 * learns the new generation at once when the change went through it (after commit), otherwise within
 * {@code parlonsen.public-cache.poll} (1 s) by polling that small table. Public caches compare the generations
 * a page was rendered at with the current ones.
 */
@ApplicationScoped
public class Generations {
    private static final Logger LOG = Logger.getLogger(Generations.class);

    public record Known(long generation, Instant changedAt) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private volatile Instant lastPoll = Instant.EPOCH;

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Bumps {@code topic} in the current transaction; this replica sees the new generation as soon as it commits,
     * the others within the poll interval.
     */
    public void bump(String topic) {
        em.createNativeQuery("INSERT INTO public_generation (topic, generation, changed_at) VALUES (?1, LAST_INSERT_ID(1), "
                + "UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE generation = LAST_INSERT_ID(generation + 1), "
                + "changed_at = UTC_TIMESTAMP(3)").setParameter(1, topic).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT LAST_INSERT_ID(), " + MICROS + " FROM public_generation "
                + "WHERE topic = ?1").setParameter(1, topic).getSingleResult();
        long generation = ((Number) row[0]).longValue();
        Instant at = micros(((Number) row[1]).longValue());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    advance(topic, new Known(generation, at));
                }
            }
        });
    }

    /** The sum of the known generations of these topics: it changes whenever one of them does. */
    public long stamp(Collection<String> topics) {
        long sum = 0;
        for (String t : topics) {
            Known k = known.get(t);
            sum += k == null ? 0 : k.generation();
        }
        return sum;
    }

    /** The last change among these topics (the time this replica learnt of it when it is not known better). */
    public Instant lastChanged(Collection<String> topics) {
        Instant last = Instant.EPOCH;
        for (String t : topics) {
            Known k = known.get(t);
            if (k != null && k.changedAt().isAfter(last)) {
                last = k.changedAt();
            }
        }
        return last;
    }

    /** When the generations were last read from the database. */
    public Instant lastPoll() {
        return lastPoll;
    }

    /** changed_at (a UTC wall-clock time) in microseconds since the epoch, whatever the session time zone. */
    static final String MICROS = "TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', changed_at)";

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000);
    }

    void advance(String topic, Known k) {
        known.merge(topic, k, (old, n) -> n.generation() > old.generation() ? n : old);
    }

    @Scheduled(every = "${parlonsen.public-cache.poll:1s}", identity = "public-generations-poll",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPoll() {
        poll();
    }

    /** Reads every generation (a few rows); on failure keeps what is known. */
    public void poll() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT topic, generation, " + MICROS + " FROM public_generation")) {
            while (rs.next()) {
                advance(rs.getString(1), new Known(rs.getLong(2), micros(rs.getLong(3))));
            }
            lastPoll = Instant.now();
        } catch (Exception e) {
            LOG.debugf("Générations du contenu public illisibles : %s", e.getMessage());
        }
    }
}
