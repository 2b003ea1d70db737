package fr.parlonsen.synthesis;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.web.AppException;

/**
 * Long work (building the draft of a large département) runs in the background; the page shows its progress.
 * Jobs live in memory for an hour: they only drive a progress bar, the result is in the database.
 */
@ApplicationScoped
public class SynthesisJobs {
    private static final Logger LOG = Logger.getLogger(SynthesisJobs.class);

    @Inject
    ManagedExecutor executor;
    @Inject
    SynthesisService syntheses;

    public record Job(String id, String owner, int percent, String label, boolean done, String error, Instant startedAt) {
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    public Job startDraft(CurrentUser user, String campaign, String department) {
        jobs.values().removeIf(j -> j.startedAt().isBefore(Instant.now().minusSeconds(3600)));
        String id = UUID.randomUUID().toString();
        Job job = new Job(id, user.username(), 0, "En attente", false, null, Instant.now());
        jobs.put(id, job);
        executor.runAsync(() -> {
            try {
                syntheses.buildDraft(user, campaign, department,
                        (share, label) -> jobs.computeIfPresent(id, (k, j) -> new Job(id, j.owner(), share, label, false,
                                null, j.startedAt())));
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.owner(), 100, "Brouillon prêt", true, null, j.startedAt()));
            } catch (AppException e) {
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.owner(), j.percent(), j.label(), true, e.detail(),
                        j.startedAt()));
            } catch (RuntimeException e) {
                LOG.error("Construction du brouillon impossible", e);
                jobs.computeIfPresent(id, (k, j) -> new Job(id, j.owner(), j.percent(), j.label(), true,
                        "La construction du brouillon a échoué ; rien de ce qui était enregistré n'est perdu.", j.startedAt()));
            }
        });
        return job;
    }

    /** A job, to its owner only. */
    public Job get(CurrentUser user, String id) {
        Job job = jobs.get(id);
        if (job == null || !job.owner().equals(user.username())) {
            throw AppException.notFound("Tâche inconnue ou terminée depuis longtemps.");
        }
        return job;
    }
}
