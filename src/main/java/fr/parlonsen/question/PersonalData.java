package fr.parlonsen.question;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that calls {@link PersonalDataMasker}: the masked text to publish and where personal data was
 * found in the original (for the moderators' highlighting).
 */
@ApplicationScoped
public class PersonalData {
    @Inject
    PersonalDataMasker masker;

    /** One piece of personal data: its kind (email, phone...) and where it is in the original text. */
    public record Found(String kind, int start, int end) {
    }

    public record Result(String masked, List<Found> found) {
    }

    public Result mask(String text) {
        if (text == null) {
            return new Result(null, List.of());
        }
        PersonalDataMasker.Masked m = masker.mask(text);
        return new Result(m.text(), m.detections().stream().map(d -> new Found(d.kind(), d.start(), d.end()))
                .filter(f -> f.start() >= 0 && f.end() <= text.length() && f.start() < f.end()).toList());
    }
}
