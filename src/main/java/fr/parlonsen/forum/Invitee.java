package fr.parlonsen.forum;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person invited by name: élu, association, socio-professional. */
@Entity
@Table(name = "forum_invitee")
public class Invitee extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "forum_id")
    public Forum forum;
    public int position;
    public String name;
    /** elu, association, socio-professionnel, autre. */
    public String role;
    public String organisation;
    public String email;
    @Column(name = "invited_at")
    public Instant invitedAt;
}
