package fr.parlonsen.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Nightly: purges the audit trail past its retention ({@code parlonsen.audit.retention-months}, kept between 6 and
 * 12), expired sessions, old throttle rows and used form tokens. Each purge is an idempotent DELETE: two replicas
 * running it at once do no harm.
 */
@ApplicationScoped
public class SecurityJobs {
    private static final Logger LOG = Logger.getLogger(SecurityJobs.class);

    @Inject
    SecurityAudit audit;
    @Inject
    Sessions sessions;
    @Inject
    LoginThrottle throttle;
    @Inject
    FormTokens formTokens;
    @ConfigProperty(name = "parlonsen.audit.retention-months", defaultValue = "12")
    int retentionMonths;

    /** The retention actually applied: the configured one, held between 6 and 12 months. */
    public int retention() {
        return Math.max(6, Math.min(12, retentionMonths));
    }

    @Scheduled(cron = "{parlonsen.security.purge-cron}", identity = "security-purge")
    void nightly() {
        purge();
    }

    public void purge() {
        int events = audit.purgeOlderThan(retention());
        int s = sessions.purge();
        int t = throttle.purge();
        int f = formTokens.purge();
        LOG.infof("Purge de sécurité : %d événements de plus de %d mois, %d sessions, %d limitations, %d jetons.",
                events, retention(), s, t, f);
    }
}
