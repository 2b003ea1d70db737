package fr.parlonsen.territory;

import java.util.List;

/** What the territory API and pages show. Plain records, no entity leaks out. */
public final class TerritoryViews {
    private TerritoryViews() {
    }

    public record DepartmentSummary(String code, String name, String region, String regionCode, boolean hasCantons) {
    }

    public record Ref(String code, String name) {
    }

    public record ArrondissementView(String code, String name, int communes, long population) {
    }

    public record CantonView(String code, String name, int communes, int fractions, long population) {
    }

    public record EpciView(String code, String name, String type, int communes) {
    }

    public record DepartmentDetail(String code, String name, String region, String regionCode, String prefecture,
            List<ArrondissementView> arrondissements, List<CantonView> cantons, List<EpciView> epcis, int communes,
            long population, boolean hasCantons, int splitCommunes, int communesWithoutCanton) {
    }

    public record CommuneView(String code, String name, String arrondissement, List<String> cantons, String epci,
            Integer population) {
    }

    public record CantonImportResult(int cantons, int communes, int fractions) {
    }
}
