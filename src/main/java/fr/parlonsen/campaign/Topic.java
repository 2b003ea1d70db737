package fr.parlonsen.campaign;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A sub-topic of a theme, with the French keywords used to suggest it. Its code is unique in the campaign. */
@Entity
@Table(name = "campaign_topic")
public class Topic extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    @ManyToOne(optional = false)
    @JoinColumn(name = "theme_id")
    public Theme theme;
    public String code;
    public String title;
    @Column(name = "group_title")
    public String groupTitle;
    /** Comma-separated French keywords. */
    public String keywords;
    /**
     * What the sub-topic is about for topic suggestion: {@code measure}, {@code problem}, {@code generic} or null
     * ({@link fr.parlonsen.analysis.TopicKeywords.Role}).
     */
    public String role;
    public int position;

    public List<String> keywordList() {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return Arrays.stream(keywords.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
