package fr.parlonsen.territory;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A département (reference data from etalab decoupage-administratif). */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String region;
    @Column(name = "region_name")
    public String regionName;
    /** INSEE TNCC: which article the name takes ("de l'Aisne", "du Nord", "des Ardennes"...). */
    @Column(name = "type_liaison")
    public Integer typeLiaison;
    public String zone;

    public static Optional<Department> findByCode(String code) {
        return code == null ? Optional.empty() : findByIdOptional(code);
    }

    public static List<Department> listOrdered() {
        return list("order by code");
    }

    /** "de l'Aisne", "du Nord", "des Yvelines", "de la Somme", "de Paris". */
    public String withPreposition() {
        int t = typeLiaison == null ? 0 : typeLiaison;
        return switch (t) {
            case 1, 5 -> "de l'" + name;
            case 2 -> "du " + name;
            case 3 -> "de la " + name;
            case 4 -> "des " + name;
            default -> "de " + name;
        };
    }
}
