package fr.parlonsen.minutes;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.minutes.MinutesForms.AuditEntry;
import fr.parlonsen.minutes.MinutesForms.MinutesView;
import fr.parlonsen.minutes.MinutesForms.VersionSummary;
import fr.parlonsen.minutes.MinutesPermissions.Action;
import fr.parlonsen.security.CurrentUser;

/**
 * Every version of the minutes is kept: each save or step writes a new version (its JSON snapshot) and a line of
 * audit; this class writes them and reads them back.
 */
@ApplicationScoped
public class MinutesHistory {
    @Inject
    MinutesAccess access;
    @Inject
    ObjectMapper json;

    /** version + 1, the snapshot of that version, a line of audit. */
    MinutesView newVersion(Minutes m, CurrentUser user, String action, String reason) {
        m.version++;
        m.updatedBy = user.username();
        m.updatedAt = Instant.now();
        MinutesView v = MinutesViews.view(m);
        MinutesVersion saved = new MinutesVersion();
        saved.forumId = m.forumId;
        saved.version = m.version;
        saved.status = m.status;
        saved.action = action;
        saved.savedBy = user.username();
        saved.savedAt = m.updatedAt;
        try {
            saved.snapshot = json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        saved.persist();
        MinutesAudit line = new MinutesAudit();
        line.forumId = m.forumId;
        line.action = action;
        line.version = m.version;
        line.actor = user.username();
        line.at = m.updatedAt;
        line.reason = reason;
        line.persist();
        return v;
    }

    @Transactional
    public List<VersionSummary> versions(CurrentUser user, long forumId) {
        access.forum(user, forumId, Action.READ, false);
        return MinutesVersion.listByForumNewestFirst(forumId).stream()
                .map(v -> new VersionSummary(v.version, v.status.code, v.action, v.savedBy, v.savedAt)).toList();
    }

    /** One version as it was saved: the JSON body of the minutes at that version. */
    @Transactional
    public String versionSnapshot(CurrentUser user, long forumId, int version) {
        access.forum(user, forumId, Action.READ, false);
        return MinutesVersion.findByForumAndVersion(forumId, version).map(v -> v.snapshot)
                .orElseThrow(() -> new NotFound("Ce compte rendu n'a pas de version " + version + "."));
    }

    public MinutesView parseSnapshot(String snapshot) {
        try {
            return json.readValue(snapshot, MinutesView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Version illisible", e);
        }
    }

    @Transactional
    public List<AuditEntry> audit(CurrentUser user, long forumId) {
        access.forum(user, forumId, Action.READ, false);
        return MinutesAudit.listByForumNewestFirst(forumId).stream()
                .map(a -> new AuditEntry(a.action, a.version, a.actor, a.at, a.reason)).toList();
    }
}
