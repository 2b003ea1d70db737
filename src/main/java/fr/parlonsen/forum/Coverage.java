package fr.parlonsen.forum;

import java.util.List;

import fr.parlonsen.forum.ForumForms.Named;

/**
 * How much of a département the non-cancelled forums of a campaign cover, and what clashes. A canton counts as
 * covered when all its communes are.
 */
public record Coverage(String department, long campaignId, Count communes, Cantons cantons, Population population,
        List<Conflict> conflicts, List<Long> outsideWindow, List<ArrondissementCoverage> arrondissements,
        List<CantonStatus> cantonStatuses, int forums) {

    public record Count(int total, int covered) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * covered / total);
        }
    }

    public record Cantons(int total, int covered, List<Named> uncovered) {
    }

    public record Population(long total, long covered) {
        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * covered / total);
        }
    }

    /** kind: facilitator, sous-prefet or venue. */
    public record Conflict(List<Long> forumIds, String reason, String kind) {
    }

    public record ArrondissementCoverage(String code, String name, Count communes, Population population) {
    }

    /** status: covered (by published or held forums), planned (drafts included), partial, uncovered. */
    public record CantonStatus(String code, String name, String status, String statusLabel, int communes,
            int communesCovered) {
        /** How the coverage map draws it: partially covered cantons count as uncovered. */
        public fr.parlonsen.territory.MapState mapState() {
            return switch (status) {
                case "covered" -> fr.parlonsen.territory.MapState.COVERED;
                case "planned" -> fr.parlonsen.territory.MapState.PLANNED;
                default -> fr.parlonsen.territory.MapState.UNCOVERED;
            };
        }
    }

    /** Canton code → state on the coverage map. */
    public java.util.Map<String, fr.parlonsen.territory.MapState> mapStates() {
        java.util.Map<String, fr.parlonsen.territory.MapState> states = new java.util.HashMap<>();
        cantonStatuses.forEach(k -> states.put(k.code(), k.mapState()));
        return states;
    }
}
