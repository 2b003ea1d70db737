package fr.parlonsen.followup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Template helpers of the follow-up pages. */
@TemplateExtension
public class FollowupFormats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    static String suiviDate(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    static String suiviRate(Double rate) {
        return rate == null ? "—" : String.format(Locale.FRANCE, "%.0f %%", rate * 100);
    }

    static String suiviYesNo(Double share) {
        return share == null ? "—" : String.format(Locale.FRANCE, "%.0f %% oui", share * 100);
    }
}
