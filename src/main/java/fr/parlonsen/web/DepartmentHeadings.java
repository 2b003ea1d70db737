package fr.parlonsen.web;

import java.util.Optional;

/**
 * A département as the page header names it ("Aisne", "de l'Aisne"). The layout needs it but does not read the
 * reference data itself: territory provides it ({@code territory.DepartmentHeadingsFromReference}).
 */
public interface DepartmentHeadings {
    record Heading(String code, String name, String withPreposition) {
    }

    Optional<Heading> find(String code);
}
