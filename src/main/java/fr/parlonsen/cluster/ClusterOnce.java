package fr.parlonsen.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Scheduled jobs run once per cluster: every replica's scheduler fires, the first one to insert (job, slot) into
 * {@code scheduled_run} runs that occurrence, the others skip it. The slot is the occurrence's scheduled fire
 * time (to the second), the same on every replica for a cron trigger. A replica that dies while running its
 * occurrence does not hand it over: the next occurrence runs as usual (nightly jobs catch up the next night).
 * <pre>
 * &#64;Scheduled(cron = "...", identity = "my-job")
 * void run(ScheduledExecution execution) {
 *     if (clusterOnce.claim(execution)) { ... }
 * }
 * </pre>
 */
@ApplicationScoped
public class ClusterOnce {
    private static final Logger LOG = Logger.getLogger(ClusterOnce.class);

    @Inject
    DataSource dataSource;

    /** Claims this occurrence of a scheduled job for this replica: true if it should run it. */
    public boolean claim(ScheduledExecution execution) {
        return claim(execution.getTrigger().getId(), execution.getScheduledFireTime());
    }

    /** Claims occurrence {@code slot} of {@code job}: true for exactly one replica (and one call). */
    public boolean claim(String job, Instant slot) {
        LocalDateTime at = LocalDateTime.ofInstant(slot.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        return QuarkusTransaction.suspendingExisting().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("INSERT INTO scheduled_run (job, slot, instance, claimed_at) "
                            + "VALUES (?, ?, ?, UTC_TIMESTAMP(3))")) {
                ps.setString(1, job);
                ps.setObject(2, at);
                ps.setString(3, Instance.id());
                ps.executeUpdate();
                LOG.infof("Tâche planifiée %s (%s) exécutée par %s", job, at, Instance.id());
                return true;
            } catch (SQLException e) {
                // duplicate key (another replica has it), or a certification conflict with the replica that has it
                if (e.getErrorCode() != 1062 && !RetryOnConflictInterceptor.isConflict(e)) {
                    LOG.warnf("Tâche planifiée %s (%s) non réservée : %s", job, at, e.getMessage());
                }
                LOG.debugf("Tâche planifiée %s (%s) laissée à une autre instance : %s", job, at, e.getMessage());
                return false;
            }
        });
    }

    /** Forgets occurrences older than {@code days} days (called by the nightly jobs). */
    public void purgeOlderThan(int days) {
        QuarkusTransaction.suspendingExisting().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("DELETE FROM scheduled_run WHERE slot < ?")) {
                ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(days));
                ps.executeUpdate();
            } catch (SQLException e) {
                LOG.debugf("Purge de scheduled_run impossible : %s", e.getMessage());
            }
        });
    }
}
