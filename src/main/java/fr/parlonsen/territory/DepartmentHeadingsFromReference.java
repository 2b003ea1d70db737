package fr.parlonsen.territory;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.web.DepartmentHeadings;

/** The page header's names of a département, from the reference data. */
@ApplicationScoped
public class DepartmentHeadingsFromReference implements DepartmentHeadings {
    @Override
    public Optional<Heading> find(String code) {
        return Department.findByCode(code).map(d -> new Heading(d.code, d.name, d.withPreposition()));
    }
}
