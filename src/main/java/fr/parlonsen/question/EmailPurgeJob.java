package fr.parlonsen.question;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Data minimisation: the e-mail addresses given with questions are erased
 * {@code parlonsen.questions.email-retention-days} (30) days after the end of their campaign. Runs every night,
 * on one replica of the cluster.
 */
@ApplicationScoped
public class EmailPurgeJob {
    private static final Logger LOG = Logger.getLogger(EmailPurgeJob.class);

    @Inject
    @ConfigProperty(name = "parlonsen.questions.email-retention-days", defaultValue = "30")
    int retentionDays;

    @Inject
    fr.parlonsen.cluster.ClusterOnce clusterOnce;

    /** Every replica's scheduler fires; one of them runs it (see ClusterOnce). */
    @Scheduled(cron = "{parlonsen.questions.email-purge-cron}", identity = "question-email-purge")
    void nightly(io.quarkus.scheduler.ScheduledExecution execution) {
        if (clusterOnce.claim(execution)) {
            purge(LocalDate.now());
            clusterOnce.purgeOlderThan(30);
        }
    }

    /** Erases the addresses of campaigns ended at least the retention period before {@code today}. */
    @Transactional
    public int purge(LocalDate today) {
        int n = 0;
        Instant now = Instant.now();
        for (Question q : Question.listWithEmailOfCampaignsEndedBy(today.minusDays(retentionDays))) {
            q.email = null;
            q.emailPurgedAt = now;
            n++;
        }
        if (n > 0) {
            LOG.infof("Adresses électroniques effacées : %d question(s) (campagnes terminées depuis %d jours).", n,
                    retentionDays);
        }
        return n;
    }
}
