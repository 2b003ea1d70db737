package fr.parlonsen.synthesis;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.parlonsen.export.MapImage;

/** The canton coverage map of a département for the documents (filled in once the canton contours are wired). */
@ApplicationScoped
public class CoverageMaps {
    public Optional<MapImage> coverageMap(long campaignId, String department) {
        return Optional.empty();
    }
}
