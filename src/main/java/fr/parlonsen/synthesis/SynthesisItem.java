package fr.parlonsen.synthesis;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One statement of the synthesis, with every source it rests on. */
@Entity
@Table(name = "synthesis_item")
public class SynthesisItem extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "synthesis_id")
    public Synthesis synthesis;
    public String section;
    public String topic;
    public int position;
    public String text;
    @Column(name = "generated_text")
    public String generatedText;
    public boolean edited;
    public String label;
    @Column(name = "label_edited")
    public boolean labelEdited;
    public String representative;
    @Column(name = "representative_edited")
    public boolean representativeEdited;
    public boolean deleted;
    @Column(name = "delete_reason")
    public String deleteReason;
    @Column(name = "topic_chosen")
    public boolean topicChosen;
    @Column(name = "sources_confirmed")
    public boolean sourcesConfirmed;
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 500)
    @CollectionTable(name = "synthesis_source", joinColumns = @JoinColumn(name = "item_id"))
    public Set<SourceRef> sources = new LinkedHashSet<>();
    /**
     * Statements classed in another item (their main idea is elsewhere) that also raise this one: shown as
     * mentions, never members, never counted in the weight.
     */
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 500)
    @CollectionTable(name = "synthesis_mention", joinColumns = @JoinColumn(name = "item_id"))
    public Set<SourceRef> mentions = new LinkedHashSet<>();

    /** The contract's {@code topicConfirmed}: a person confirmed or chose the topic. */
    public boolean topicConfirmed() {
        return topicChosen || sourcesConfirmed;
    }

    public DraftItem toDraft() {
        DraftItem d = new DraftItem(SynthesisSection.fromCode(section).orElseThrow(), topic, text);
        d.id = id;
        d.generatedText = generatedText;
        d.edited = edited;
        d.label = label;
        d.labelEdited = labelEdited;
        d.representative = representative;
        d.representativeEdited = representativeEdited;
        d.deleted = deleted;
        d.deleteReason = deleteReason;
        d.position = position;
        d.topicChosen = topicChosen;
        d.sourcesConfirmed = sourcesConfirmed;
        d.sources.addAll(sources);
        d.mentions.addAll(mentions);
        return d;
    }
}
