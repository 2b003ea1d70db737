package fr.parlonsen.synthesis;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.cluster.Instance;
import fr.parlonsen.security.CurrentUser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Long work (building the draft of a large département) runs in the background; the page shows its progress.
 * Jobs and their progress are rows of {@code synthesis_job}, so that whichever replica answers the page follows
 * the job that another one runs. The replica running a job beats its row every few seconds: a job whose row has
 * not moved for {@link #LOST_AFTER} ran on a replica that stopped, and is reported as interrupted (what was
 * saved before is kept, the build can be started again). Rows are kept a day.
 */
@ApplicationScoped
public class SynthesisJobs {
    private static final Logger LOG = Logger.getLogger(SynthesisJobs.class);
    static final Duration LOST_AFTER = Duration.ofSeconds(30);
    static final String LOST = "La construction du brouillon a été interrompue (le serveur qui la menait s'est arrêté) ; "
            + "rien de ce qui était enregistré n'est perdu, relancez-la.";

    @Inject
    ManagedExecutor executor;
    @Inject
    SynthesisService syntheses;
    @Inject
    EntityManager em;

    public record Job(String id, String owner, int percent, String label, boolean done, String error, Instant startedAt) {
    }

    /** Jobs this replica runs (their rows are beaten by {@link #heartbeat()}). */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public Job startDraft(CurrentUser user, String campaign, String department) {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM synthesis_job WHERE started_at < ?1")
                    .setParameter(1, utc(now.minus(Duration.ofDays(1)))).executeUpdate();
            em.createNativeQuery("INSERT INTO synthesis_job (id, owner, campaign, department, percent, label, done, "
                    + "instance, started_at, updated_at) VALUES (?1, ?2, ?3, ?4, 0, 'En attente', FALSE, ?5, ?6, ?6)")
                    .setParameter(1, id).setParameter(2, user.username()).setParameter(3, campaign)
                    .setParameter(4, department).setParameter(5, Instance.id()).setParameter(6, utc(now)).executeUpdate();
        });
        running.add(id);
        executor.runAsync(() -> {
            try {
                int[] last = { -1 };
                syntheses.buildDraft(user, campaign, department, (share, label) -> {
                    if (share != last[0]) {
                        last[0] = share;
                        update(id, share, label, false, null);
                    }
                });
                update(id, 100, "Brouillon prêt", true, null);
            } catch (DomainError e) {
                update(id, null, null, true, e.detail());
            } catch (RuntimeException e) {
                LOG.error("Construction du brouillon impossible", e);
                update(id, null, null, true,
                        "La construction du brouillon a échoué ; rien de ce qui était enregistré n'est perdu.");
            } finally {
                running.remove(id);
            }
        });
        return new Job(id, user.username(), 0, "En attente", false, null, now);
    }

    /** A job, to its owner only, from whichever replica runs it. */
    public Job get(CurrentUser user, String id) {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT owner, percent, label, done, error, started_at, updated_at FROM synthesis_job WHERE id = ?1")
                .setParameter(1, id == null ? "" : id).getResultList());
        if (rows.isEmpty() || !((Object[]) rows.get(0))[0].equals(user.username())) {
            throw new NotFound("Tâche inconnue ou terminée depuis longtemps.");
        }
        Object[] r = (Object[]) rows.get(0);
        boolean done = toBoolean(r[3]);
        String error = (String) r[4];
        Instant updated = instant(r[6]);
        if (!done && updated.isBefore(Instant.now().minus(LOST_AFTER))) {
            done = true;
            error = LOST;
        }
        return new Job(id, (String) r[0], ((Number) r[1]).intValue(), (String) r[2], done, error, instant(r[5]));
    }

    /** The replica running jobs says so every few seconds (a progress report does too). */
    @Scheduled(every = "5s", identity = "synthesis-job-heartbeat", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE synthesis_job SET updated_at = ?1 WHERE id IN (?2) AND NOT done")
                    .setParameter(1, utc(Instant.now())).setParameter(2, List.copyOf(running)).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Battement des tâches de synthèse impossible : %s", e.getMessage());
        }
    }

    private void update(String id, Integer percent, String label, boolean done, String error) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE synthesis_job SET "
                    + "percent = COALESCE(?2, percent), label = COALESCE(?3, label), done = ?4, error = ?5, "
                    + "updated_at = ?6 WHERE id = ?1").setParameter(1, id).setParameter(2, percent)
                    .setParameter(3, label).setParameter(4, done).setParameter(5, error)
                    .setParameter(6, utc(Instant.now())).executeUpdate());
        } catch (RuntimeException e) {
            // progress only drives a progress bar: the build goes on
            LOG.warnf("Avancement de la tâche %s non enregistré : %s", id, e.getMessage());
        }
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static boolean toBoolean(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (o instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return o instanceof Instant t ? t : Instant.EPOCH;
    }
}
