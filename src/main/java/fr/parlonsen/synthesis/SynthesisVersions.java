package fr.parlonsen.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.parlonsen.kernel.DomainError;
import fr.parlonsen.kernel.DomainError.Conflict;
import fr.parlonsen.kernel.DomainError.StaleVersion;
import fr.parlonsen.kernel.DomainError.VersionRequired;
import fr.parlonsen.security.CurrentUser;

/**
 * The versions of a synthesis, departmental or national: the one a draft is built into (version + 1 after a
 * transmission, copied from it), its items written over, the revision that serialises concurrent changes, the
 * refusal to change a transmitted version, the audit trail.
 */
@ApplicationScoped
public class SynthesisVersions {
    @Inject
    EntityManager em;

    /** The version a draft is built into: the latest one, or version + 1 after a transmission, or version 1. */
    public Synthesis openDraft(long campaignId, String scope, String code) {
        Synthesis s = Synthesis.findLatest(campaignId, code).orElse(null);
        if (s == null) {
            s = newVersion(campaignId, scope, code, 1);
        } else if (s.isTransmitted()) {
            s = copyAsNextVersion(s);
        }
        return s;
    }

    private Synthesis newVersion(long campaignId, String scope, String department, int version) {
        Synthesis s = new Synthesis();
        s.scope = scope;
        s.campaignId = campaignId;
        s.department = department;
        s.version = version;
        s.persist();
        return s;
    }

    private Synthesis copyAsNextVersion(Synthesis from) {
        Synthesis s = newVersion(from.campaignId, from.scope, from.department, from.version + 1);
        s.assessment = from.assessment;
        s.signatoryName = from.signatoryName;
        s.signatoryTitle = from.signatoryTitle;
        for (SynthesisItem i : from.items) {
            SynthesisItem c = new SynthesisItem();
            c.synthesis = s;
            c.section = i.section;
            c.topic = i.topic;
            c.position = i.position;
            c.text = i.text;
            c.generatedText = i.generatedText;
            c.edited = i.edited;
            c.label = i.label;
            c.labelEdited = i.labelEdited;
            c.representative = i.representative;
            c.representativeEdited = i.representativeEdited;
            c.deleted = i.deleted;
            c.deleteReason = i.deleteReason;
            c.topicChosen = i.topicChosen;
            c.sourcesConfirmed = i.sourcesConfirmed;
            c.sources.addAll(i.sources);
            c.mentions.addAll(i.mentions);
            s.items.add(c);
        }
        return s;
    }

    /** Writes the builder's or the editor's items over the stored ones: same ids updated, others added/removed. */
    void store(Synthesis s, List<DraftItem> items) {
        Map<Long, SynthesisItem> byId = new HashMap<>();
        s.items.forEach(i -> byId.put(i.id, i));
        List<SynthesisItem> kept = new ArrayList<>();
        for (DraftItem d : items) {
            SynthesisItem e = d.id == null ? null : byId.remove(d.id);
            if (e == null) {
                e = new SynthesisItem();
                e.synthesis = s;
            }
            e.section = d.section.code;
            e.topic = d.topic;
            e.position = d.position;
            e.text = d.text;
            e.generatedText = d.generatedText;
            e.edited = d.edited;
            e.label = d.label;
            e.labelEdited = d.labelEdited;
            e.representative = d.representative;
            e.representativeEdited = d.representativeEdited;
            e.deleted = d.deleted;
            e.deleteReason = d.deleteReason;
            e.topicChosen = d.topicChosen;
            e.sourcesConfirmed = d.sourcesConfirmed;
            e.sources.clear();
            e.sources.addAll(d.sources);
            if (!e.mentions.equals(d.mentions)) {
                e.mentions.clear();
                e.mentions.addAll(d.mentions);
            }
            kept.add(e);
        }
        s.items.clear();
        s.items.addAll(kept);
    }

    static void checkEditable(Synthesis s) {
        if (s.isTransmitted()) {
            throw new Conflict("La version " + s.version + " a été transmise : elle ne peut plus être modifiée. "
                    + "Reconstruisez le brouillon (POST …/synthesis/draft) pour ouvrir la version " + (s.version + 1) + ".");
        }
    }

    static void checkRevision(Synthesis s, Integer expectedRevision) {
        if (expectedRevision == null) {
            throw new VersionRequired("Indiquez la version modifiée dans l'en-tête If-Match (ETag reçu à la lecture).");
        }
        if (expectedRevision != s.revision) {
            throw new StaleVersion("La synthèse a été modifiée entre-temps (révision "
                    + s.revision + ") : rechargez-la, rien n'a été écrasé.");
        }
    }

    /**
     * Every change of a version's content (items included, which the row's own @Version does not see) moves its
     * revision, under a row lock taken now: of two concurrent changes from the same revision, the second waits,
     * then finds the revision moved and changes nothing (412 for an edit with If-Match, 409 otherwise).
     */
    void bumpRevision(Synthesis s, Integer expectedRevision) {
        if (s.id == null) {
            return;
        }
        int expected = s.revision;
        try {
            em.lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (jakarta.persistence.OptimisticLockException | org.hibernate.StaleStateException e) {
            throw stale(expectedRevision, expected);
        }
    }

    private static DomainError stale(Integer expectedRevision, int expected) {
        if (expectedRevision != null) {
            return new StaleVersion("La synthèse a été modifiée entre-temps (la révision "
                    + expected + " n'est plus la dernière) : rechargez-la, rien n'a été écrasé.");
        }
        return new Conflict("La synthèse est en cours de modification par une autre demande (construction, "
                + "édition ou validation simultanée) : rien n'a été changé par celle-ci, rechargez-la.");
    }

    void audit(Synthesis s, CurrentUser user, String action, String detail) {
        em.flush();
        em.createNativeQuery("insert into synthesis_audit (synthesis_id, username, action, detail) values (?1, ?2, ?3, ?4)")
                .setParameter(1, s.id).setParameter(2, user.username()).setParameter(3, action)
                .setParameter(4, detail).executeUpdate();
    }
}
