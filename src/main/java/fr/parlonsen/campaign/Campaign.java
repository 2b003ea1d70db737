package fr.parlonsen.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consultation campaign: its window, its synthesis due date, its themes and sub-topics. Data, not code. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String code;
    public String title;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "synthesis_due_on")
    public LocalDate synthesisDueOn;
    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Theme> themes = new ArrayList<>();

    public static List<Campaign> listNewestFirst() {
        return list("order by startsOn desc, id desc");
    }

    public static Optional<Campaign> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** A campaign named in a URL by its code ("2009") or its id. */
    public static Optional<Campaign> findByCodeOrId(String ref) {
        Optional<Campaign> byCode = findByCode(ref);
        if (byCode.isPresent() || ref == null || !ref.matches("\\d{1,18}")) {
            return byCode;
        }
        return findByIdOptional(Long.parseLong(ref));
    }

    /** The campaign running now, or else the newest one: where a question sent without a forum goes. */
    public static Optional<Campaign> findCurrent(LocalDate today) {
        List<Campaign> all = listNewestFirst();
        return all.stream().filter(c -> !today.isBefore(c.startsOn) && !today.isAfter(c.endsOn)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    public List<Topic> topics() {
        List<Topic> out = new ArrayList<>();
        themes.forEach(t -> out.addAll(t.topics));
        return out;
    }

    public Optional<Topic> topic(String code) {
        return topics().stream().filter(t -> t.code.equals(code)).findFirst();
    }
}
