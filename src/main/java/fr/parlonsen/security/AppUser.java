package fr.parlonsen.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who logs in, with roles scoped to a département (and arrondissements for a sous-préfet). */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String username;
    @Column(name = "password_hash")
    public String passwordHash;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    public String roles;
    public String department;
    public String arrondissements;
    public boolean enabled = true;
    @Version
    public int version;

    public static Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<AppUser> listByDepartment(String department) {
        return list("department = ?1 order by username", department);
    }

    public static List<AppUser> listAllOrdered() {
        return list("order by username");
    }

    public static boolean anyEnabledAdmin() {
        return count("enabled = true and concat(',', roles, ',') like '%,admin,%'") > 0;
    }

    /** Any admin account, enabled or disabled. */
    public static boolean anyAdmin() {
        return count("concat(',', roles, ',') like '%,admin,%'") > 0;
    }

    public Set<Role> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).map(Role::fromCode)
                .flatMap(Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<String> arrondissementSet() {
        if (arrondissements == null || arrondissements.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(arrondissements.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
