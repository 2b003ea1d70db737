package fr.parlonsen.minutes;

import java.util.Collection;
import java.util.Set;

/**
 * The minutes items that a later capability has cited in a document it may no longer change (a transmitted
 * synthesis): such an item stays as cited, and an edit goes to a new item. Implemented by the citing capability
 * ({@code synthesis.SynthesisCitations}), so that minutes does not depend on it.
 */
public interface CitedItems {
    /** Those of {@code minutesItemIds} that are cited and must stay as they are. */
    Set<Long> frozen(Collection<Long> minutesItemIds);
}
