package fr.parlonsen.national;

import fr.parlonsen.national.NationalViews.ProgressRow;
import io.quarkus.qute.TemplateExtension;

/** Display logic of the national pages: French labels of statuses and lateness, badge classes. */
@TemplateExtension
public class NationalExtensions {
    public static String statusLabel(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "none" -> "Aucune";
            case "draft" -> "Brouillon";
            case "validated" -> "Validée";
            case "transmitted" -> "Transmise";
            default -> status;
        };
    }

    public static String lateLabel(String reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "not-transmitted" -> "Non transmise à l'échéance";
            case "transmitted-late" -> "Transmise après l'échéance";
            default -> reason;
        };
    }

    /** DSFR badge class of the synthesis status. */
    static String statusBadge(ProgressRow r) {
        return switch (r.synthesis().status()) {
            case "transmitted" -> "fr-badge--success";
            case "validated" -> "fr-badge--info";
            case "draft" -> "fr-badge--new";
            default -> "";
        };
    }

    static String statusText(ProgressRow r) {
        return statusLabel(r.synthesis().status());
    }

    static String lateText(ProgressRow r) {
        return lateLabel(r.synthesis().lateReason());
    }

    static String transmittedOn(ProgressRow r) {
        return r.synthesis().transmittedAt() == null ? "—"
                : fr.parlonsen.kernel.French.date(r.synthesis().transmittedAt());
    }

    static String dueOn(ProgressRow r) {
        return r.synthesis().dueOn() == null ? "—" : fr.parlonsen.kernel.French.date(r.synthesis().dueOn());
    }

    static String percent(ProgressRow r) {
        return fr.parlonsen.kernel.French.percent(r.coverage().percent());
    }

    /** The national synthesis's status in French ("Brouillon", "Validée", "Transmise"). */
    static String nationalStatusLabel(String status) {
        return statusLabel(status);
    }

    /** "22 mai 2009", or "—". */
    static String nationalDate(java.time.Instant at) {
        return at == null ? "—" : fr.parlonsen.kernel.French.date(at);
    }
}
