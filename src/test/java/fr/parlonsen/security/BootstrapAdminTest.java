package fr.parlonsen.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.parlonsen.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A bootstrap variable left set at every restart never re-enables, promotes or re-passwords an account. */
@QuarkusTest
class BootstrapAdminTest {
    @Inject
    Fixtures fixtures;
    @Inject
    UserService users;
    @Inject
    StartupAccounts startup;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
    }

    @Transactional
    AppUser reload(String username) {
        AppUser u = AppUser.findByUsername(username).orElseThrow();
        return u;
    }

    @Test
    void an_existing_account_named_in_the_variable_is_neither_promoted_nor_re_enabled() {
        String before = reload("animateur-02").passwordHash;
        startup.bootstrap("animateur-02:Vx7#pR2m!Lq9zT4wKc8nB1yH5dF3sJ6aZZ");
        AppUser after = reload("animateur-02");
        assertFalse(after.roles.contains("admin"));
        assertEquals(before, after.passwordHash);
        assertEquals(UserService.Bootstrap.ADMIN_EXISTS, users.bootstrapAdmin("nouvel-admin", "x".repeat(40)));
        assertTrue(AppUser.class != null && reloadMissing("nouvel-admin"));
    }

    @Transactional
    boolean reloadMissing(String username) {
        return AppUser.findByUsername(username).isEmpty();
    }
}
