package fr.parlonsen.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import fr.parlonsen.kernel.DomainError.NotFound;
import fr.parlonsen.campaign.Campaign;
import fr.parlonsen.campaign.CampaignService;
import fr.parlonsen.national.NationalProgress.Filter;
import fr.parlonsen.national.NationalProgress.Result;
import fr.parlonsen.national.NationalProgress.Sort;
import fr.parlonsen.national.NationalViews.ProgressRow;
import fr.parlonsen.security.CurrentUser;
import fr.parlonsen.territory.DepartmentMap;
import fr.parlonsen.territory.DeptState;
import fr.parlonsen.territory.LegendEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * /gestion/national: the progress of every département for the national team. Sorting and filters are server-side
 * (query string), the map is drawn by the server with its text legend, and the table is its accessible equivalent.
 */
@RequestScoped
@Path("/gestion/national")
@Produces(MediaType.TEXT_HTML)
public class NationalPage {
    @Inject
    NationalProgress progress;
    @Inject
    CampaignService campaigns;
    @Inject
    DepartmentMap map;
    @Inject
    CurrentUser me;

    /** A sortable column header: its link toggles the order, aria-sort tells the current one. */
    public record Column(String label, String key, String href, String ariaSort) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record Page(Campaign campaign, String asOf, List<ProgressRow> rows, int total, String svg,
            List<LegendEntry<DeptState>> legend, List<Column> columns, List<Option> regions, List<Option> statuses,
            boolean lateOnly, String csvHref, long lateCount, long transmittedCount) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Page page);
    }

    @GET
    public TemplateInstance index(@QueryParam("campagne") String campaignRef, @QueryParam("tri") String tri,
            @QueryParam("ordre") String ordre, @QueryParam("region") String region,
            @QueryParam("statut") String statut, @QueryParam("retard") String retard) {
        progress.check(me);
        Campaign campaign = campaignRef == null || campaignRef.isBlank()
                ? campaigns.current().orElseThrow(() -> new NotFound("Aucune campagne."))
                : campaigns.find(campaignRef);
        Sort sort = Sort.of(tri);
        boolean desc = "desc".equals(ordre);
        boolean late = "1".equals(retard) || "on".equals(retard) || "true".equals(retard);
        Result all = progress.progress(me, campaign.code, null, Filter.NONE, Sort.departement, false);
        Result shown = progress.progress(me, campaign.code, null, new Filter(blank(region), blank(statut), late),
                sort, desc);
        Map<String, DeptState> states = NationalProgress.states(all.rows());
        String svg = map.svg(states, "Avancement des départements — " + campaign.title).orElse(null);

        String base = "/gestion/national?campagne=" + enc(campaign.code)
                + (blank(region) == null ? "" : "&region=" + enc(region))
                + (blank(statut) == null ? "" : "&statut=" + enc(statut)) + (late ? "&retard=1" : "");
        List<Column> columns = new ArrayList<>();
        String[][] defs = { { "departement", "Département" }, { "region", "Région" }, { "forums", "Forums prévus" },
                { "tenus", "Forums tenus" }, { "comptesrendus", "Comptes rendus validés" },
                { "couverture", "Couverture des communes" }, { "statut", "Synthèse" }, { "retard", "Échéance" } };
        for (String[] d : defs) {
            boolean current = sort.name().equals(d[0]);
            String next = current && !desc ? "desc" : "asc";
            columns.add(new Column(d[1], d[0], base + "&tri=" + d[0] + "&ordre=" + next,
                    current ? (desc ? "descending" : "ascending") : null));
        }
        Map<String, String> regionNames = new TreeMap<>();
        all.rows().forEach(r -> {
            if (r.region() != null) {
                regionNames.put(r.regionName() == null ? r.region() : r.regionName(), r.region());
            }
        });
        List<Option> regions = new ArrayList<>();
        regionNames.forEach((name, code) -> regions.add(new Option(code, name, code.equals(region))));
        List<Option> statuses = new ArrayList<>();
        for (String s : List.of("none", "draft", "validated", "transmitted")) {
            statuses.add(new Option(s, NationalExtensions.statusLabel(s), s.equals(statut)));
        }
        // the page's own download, opened with the page session (the API route wants HTTP Basic)
        String csv = "/gestion/national/avancement.csv?campagne=" + enc(campaign.code);
        return Templates.index(new Page(campaign, null, shown.rows(), all.rows().size(), svg,
                map.legend(states), columns, regions, statuses, late, csv,
                all.rows().stream().filter(r -> r.synthesis().late()).count(),
                all.rows().stream().filter(r -> r.synthesis().transmittedAt() != null).count()));
    }

    /** The national table as CSV, with the page session: the same rows as {@code GET …/national/progress.csv}. */
    @GET
    @Path("avancement.csv")
    @Produces("text/csv")
    public jakarta.ws.rs.core.Response csv(@QueryParam("campagne") String campaignRef) {
        progress.check(me);
        Campaign campaign = campaignRef == null || campaignRef.isBlank()
                ? campaigns.current().orElseThrow(() -> new NotFound("Aucune campagne."))
                : campaigns.find(campaignRef);
        Result result = progress.progress(me, campaign.code, null, Filter.NONE, Sort.departement, false);
        return jakarta.ws.rs.core.Response.ok(NationalProgress.csv(result.rows()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"avancement-" + campaign.code + ".csv\"")
                .build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
