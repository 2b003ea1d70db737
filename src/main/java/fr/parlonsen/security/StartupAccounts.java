package fr.parlonsen.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * At start: creates the bootstrap admin from {@code PARLONSEN_BOOTSTRAP_ADMIN=username:password} when no admin
 * exists, and in the demo profile only, the demo accounts listed in the README.
 */
@ApplicationScoped
public class StartupAccounts {
    private static final Logger LOG = Logger.getLogger(StartupAccounts.class);
    public static final String DEMO_PASSWORD = "parlons-en-2009";

    @Inject
    UserService users;
    @ConfigProperty(name = "parlonsen.bootstrap-admin")
    Optional<String> bootstrapAdmin;
    @ConfigProperty(name = "parlonsen.demo.enabled")
    boolean demo;

    void onStart(@Observes @Priority(2000) StartupEvent event) {
        bootstrapAdmin.filter(s -> !s.isBlank()).ifPresent(this::bootstrap);
        if (demo) {
            seedDemoAccounts();
        }
    }

    void bootstrap(String spec) {
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            LOG.error("PARLONSEN_BOOTSTRAP_ADMIN doit avoir la forme identifiant:motdepasse ; ignoré.");
            return;
        }
        String username = spec.substring(0, colon).strip();
        switch (users.bootstrapAdmin(username, spec.substring(colon + 1))) {
            case CREATED -> LOG.infof("Administrateur initial « %s » créé.", username);
            case ADMIN_EXISTS -> LOG.info("Un administrateur existe déjà : PARLONSEN_BOOTSTRAP_ADMIN est ignoré "
                    + "(retirez-le de la configuration).");
            case USERNAME_TAKEN -> LOG.errorf("PARLONSEN_BOOTSTRAP_ADMIN : l'identifiant « %s » existe déjà ; il n'est "
                    + "ni promu ni réactivé. Choisissez un autre identifiant.", username);
        }
    }

    /** One account per role in two départements (Aisne, Isère), plus admin and national. */
    public void seedDemoAccounts() {
        record Demo(String username, String name, Role role, String dep, List<String> arrs) {
        }
        List<Demo> demos = List.of(
                new Demo("admin", "Administratrice Parlons-en", Role.ADMIN, null, List.of()),
                new Demo("national", "Équipe nationale DPS-DICOM", Role.NATIONAL, null, List.of()),
                new Demo("prefecture-02", "Cabinet du préfet de l'Aisne", Role.PREFECTURE, "02", List.of()),
                new Demo("sous-prefet-02", "Sous-préfète de Soissons", Role.SOUS_PREFET, "02", List.of("024")),
                new Demo("animateur-02", "Claire Animatrice (Aisne)", Role.FACILITATOR, "02", List.of()),
                new Demo("moderateur-02", "Marc Modérateur (Aisne)", Role.MODERATOR, "02", List.of()),
                new Demo("prefecture-38", "Cabinet du préfet de l'Isère", Role.PREFECTURE, "38", List.of()),
                new Demo("sous-prefet-38", "Sous-préfet de Vienne", Role.SOUS_PREFET, "38", List.of("383")),
                new Demo("animateur-38", "Paul Animateur (Isère)", Role.FACILITATOR, "38", List.of()),
                new Demo("moderateur-38", "Inès Modératrice (Isère)", Role.MODERATOR, "38", List.of()));
        for (Demo d : demos) {
            users.ensure(d.username, DEMO_PASSWORD, d.name, Set.of(d.role), d.dep, new LinkedHashSet<>(d.arrs));
        }
        LOG.infof("Comptes de démonstration prêts (%d), mot de passe « %s ».", demos.size(), DEMO_PASSWORD);
    }
}
