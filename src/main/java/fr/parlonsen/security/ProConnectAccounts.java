package fr.parlonsen.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Which Parlons-en account a ProConnect identity signs into: the one enabled account whose e-mail (set by an admin)
 * is the identity's verified e-mail, compared without case. Roles and département always come from that account,
 * never from the provider; signing in never creates nor changes an account.
 */
@ApplicationScoped
public class ProConnectAccounts {
    /** The account, or why there is none: unverified (the provider does not vouch for the e-mail), unknown, ambiguous. */
    public record Match(Optional<String> username, String refusal) {
        static Match of(String username) {
            return new Match(Optional.of(username), null);
        }

        static Match refused(String why) {
            return new Match(Optional.empty(), why);
        }
    }

    @Transactional
    public Match find(String email, Boolean emailVerified) {
        if (email == null || email.isBlank() || email.length() > 254 || email.indexOf('@') < 1) {
            return Match.refused("no-email");
        }
        if (Boolean.FALSE.equals(emailVerified)) {
            return Match.refused("unverified");
        }
        List<AppUser> users = AppUser.list("lower(email) = ?1 and enabled = true",
                email.strip().toLowerCase(Locale.ROOT));
        if (users.isEmpty()) {
            return Match.refused("unknown");
        }
        if (users.size() > 1) {
            return Match.refused("ambiguous");
        }
        return Match.of(users.get(0).username);
    }
}
