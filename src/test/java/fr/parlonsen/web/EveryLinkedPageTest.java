package fr.parlonsen.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;

import fr.parlonsen.Browser;
import fr.parlonsen.Fixtures;
import fr.parlonsen.RequiredTools;
import fr.parlonsen.campaign.Topic;
import fr.parlonsen.forum.DemoForums;
import fr.parlonsen.demo.MinutesDemoData;
import fr.parlonsen.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The audit an RGAA auditor starts with, in the suite: every role signs in (and a citizen visits without an
 * account), the pages are found by following the links of each page (no hand-kept list), at most two pages per
 * route pattern (numeric ids and codes normalised), and each page is checked at 1280 px and at 390 px:
 * axe-core (all rules) with no serious or critical finding, no link answering 4xx/5xx, no horizontal overflow at
 * 390 px, and no database code shown to a person (topic code, login, role or quality code, "(s)", a decimal point
 * in a number). Downloads are not opened in the browser but fetched, and must answer 2xx. Runs last (it sees the
 * data the other test classes left, plus the demo data it seeds).
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class EveryLinkedPageTest {
    static final int PER_PATTERN = 2;
    static final int MAX_VISITS_PER_ROLE = 60;
    /** Longest crawls first, so that the browsers working side by side finish together. */
    static final List<String> ROLES = List.of("admin", "prefecture-02", "sous-prefet-02", "national", "",
            "animateur-02", "moderateur-02");
    /** Browsers working side by side (one role at a time each); 2 on the 2-core machines of CI. */
    static final int BROWSERS = Integer.getInteger("parlonsen.crawl.browsers", 2);
    static final Pattern DOWNLOAD = Pattern.compile(".*\\.(pdf|docx|odt|csv|ics|json|zip|xlsx|png|svg|geojson)$");
    static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");
    static final Set<String> CODES = Set.of("elu", "association", "socio-professionnel", "autre", "admin",
            "national", "prefecture", "sous-prefet", "facilitator", "moderator", "draft", "published", "held",
            "cancelled", "pending", "rejected", "submitted", "validated");

    @TestHTTPResource("/")
    URL base;
    @Inject
    Fixtures fixtures;
    @Inject
    DemoForums demoForums;
    @Inject
    MinutesDemoData minutesDemo;

    @BeforeEach
    void setUp() {
        fixtures.ensure();
        RequiredTools.require(Browser.available(), "Chromium absent : deploy/test.sh l'installe");
        demoForums.seed();
        minutesDemo.seed();
        demoForums.seedCurrentCampaign(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        minutesDemo.seedLive();
    }

    record Link(String url, boolean download) {
    }

    final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, Integer> minor = new java.util.concurrent.ConcurrentSkipListMap<>();
    final Set<String> publicVisited = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Set<String> axed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final Map<String, int[]> perRole = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.atomic.AtomicLongArray axeMillis = new java.util.concurrent.atomic.AtomicLongArray(2);
    final ThreadLocal<List<String>> recent = ThreadLocal.withInitial(ArrayList::new);
    Set<String> topicCodes;

    void fail(String finding) {
        failures.add(finding);
        recent.get().add(finding);
    }
    Set<String> logins;

    @Test
    void every_page_reachable_by_a_link_passes_axe_at_1280_and_390_px_for_every_role() {
        topicCodes = QuarkusTransaction.requiringNew().call(() -> Topic.<Topic>listAll().stream().map(t -> t.code)
                .collect(Collectors.toSet()));
        logins = Set.of("admin", "national", "prefecture-02", "sous-prefet-02", "animateur-02", "moderateur-02",
                "prefecture-38", "sous-prefet-38", "animateur-38", "moderateur-38");
        long started = System.nanoTime();
        java.util.Queue<String> roles = new java.util.concurrent.ConcurrentLinkedQueue<>(ROLES);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(BROWSERS);
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < BROWSERS; i++) {
            workers.add(pool.submit(() -> {
                try (Browser browser = Browser.open(base.toString())) {
                    for (String role = roles.poll(); role != null; role = roles.poll()) {
                        browser.newContext();
                        if (!role.isEmpty()) {
                            browser.login(role, Fixtures.PASSWORD);
                        }
                        crawl(browser, role.isEmpty() ? "citoyen" : role, role.isEmpty() ? "/" : "/gestion");
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (java.util.concurrent.Future<?> w : workers) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("Le robot s'est arrêté : " + e.getCause(), e.getCause());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder table = new StringBuilder("\n| rôle | pages | téléchargements |\n|---|---|---|\n");
        new TreeMap<>(perRole).forEach((r, n) -> table.append("| ").append(r).append(" | ").append(n[0]).append(" | ").append(n[1])
                .append(" |\n"));
        table.append("Durée : ").append(seconds).append(" s ; ").append(axed.size() + publicVisited.size())
                .append(" pages vérifiées à deux largeurs ; axe à 1280 px ").append(axeMillis.get(0) / 1000)
                .append(" s et à 390 px ").append(axeMillis.get(1) / 1000).append(" s ; constats mineurs ou modérés : ")
                .append(minor)
                .append('\n');
        System.out.println(table);
        assertTrue(failures.isEmpty(), () -> failures.size() + " constats :\n" + String.join("\n", failures) + table);
    }

    void crawl(Browser browser, String role, String start) {
        Page page = browser.page();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> patterns = new HashMap<>();
        int[] counts = new int[2];
        perRole.put(role, counts);
        String origin = origin(base.toString());
        while (!queue.isEmpty() && counts[0] < MAX_VISITS_PER_ROLE) {
            String path = queue.poll();
            Response response = page.navigate(origin + path);
            String at = role + " " + path;
            if (response == null || response.status() >= 400) {
                fail(at + " : réponse " + (response == null ? "vide" : response.status()));
                continue;
            }
            counts[0]++;
            String landed = relative(page.url(), origin);
            // axe, overflow and words: once per route pattern and role (twice for the links), public pages once
            String template = pattern(landed.replaceAll("\\?.*", ""));
            boolean checkPage = landed.startsWith("/gestion") ? axed.add(role + " " + template)
                    : publicVisited.add(template);
            if (checkPage) {
                long t0 = System.nanoTime();
                recent.get().clear();
                check(browser, at);
                System.out.printf("[crawl] %s %d ms%s%n", at, (System.nanoTime() - t0) / 1_000_000,
                        recent.get().isEmpty() ? "" : " : " + String.join(" | ", recent.get()));
            }
            for (Link link : links(page, origin)) {
                if (!seen.add(link.url())) {
                    continue;
                }
                String pattern = pattern(link.url());
                if (patterns.merge(pattern, 1, Integer::sum) > PER_PATTERN) {
                    continue;
                }
                if (link.download()) {
                    counts[1]++;
                    APIResponse r = browser.context().request().get(origin + link.url(),
                            RequestOptions.create().setMaxRedirects(5));
                    if (r.status() >= 300) {
                        fail(at + " → téléchargement " + link.url() + " : réponse " + r.status());
                    }
                    r.dispose();
                } else {
                    queue.add(link.url());
                }
            }
        }
    }

    void check(Browser browser, String at) {
        Page page = browser.page();
        long t0 = System.nanoTime();
        axe(browser, at + " (1280 px)");
        sameTextOtherPlace(page, at);
        axeMillis.addAndGet(0, (System.nanoTime() - t0) / 1_000_000);
        text(page, at);
        page.setViewportSize(390, 844);
        t0 = System.nanoTime();
        try {
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (((Number) overflow).intValue() > 0) {
                Object wide = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => "
                        + "e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(-3)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && "
                        + "typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : ''))"
                        + ".join(', ')");
                fail(at + " (390 px) : débordement horizontal de " + overflow + " px (" + wide + ")");
            }
            axe(browser, at + " (390 px)");
            axeMillis.addAndGet(1, (System.nanoTime() - t0) / 1_000_000);
        } finally {
            page.setViewportSize(1280, 900);
        }
    }

    void axe(Browser browser, String at) {
        // the shapes inside a map drawn as one image (svg role="img", named by its title) are presentational: axe
        // checks the image itself, not each of its hundreds of paths
        for (Rule v : browser.axeViolations("svg[role=img] > *")) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                fail(at + " : " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " → " + v.getNodes()
                        .stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            } else {
                minor.merge(v.getId() + " (" + v.getImpact() + ")", 1, Integer::sum);
            }
        }
    }

    /**
     * Link purpose (RGAA 6.1): two links of a page with the same text (aria-label, else text content with its
     * hidden parts) should lead to the same place — "Forum de Soissons" naming two forums fails, other such pairs
     * are counted in the report.
     */
    @SuppressWarnings("unchecked")
    void sameTextOtherPlace(Page page, String at) {
        List<List<String>> raw = (List<List<String>>) page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                + ".map(a => [(a.getAttribute('aria-label') || a.textContent).replace(/\\s+/g, ' ').trim(), "
                + "a.href.replace(/#.*/, '')])");
        Map<String, String> seen = new HashMap<>();
        Set<String> ambiguous = new java.util.TreeSet<>();
        for (List<String> r : raw) {
            String previous = seen.putIfAbsent(r.get(0), r.get(1));
            if (previous != null && !previous.equals(r.get(1)) && !r.get(0).isEmpty()) {
                ambiguous.add(r.get(0));
            }
        }
        // forums named alike fail (the audit's finding); other same-text links are counted, to be reviewed by hand
        List<String> forums = ambiguous.stream().filter(t -> t.startsWith("Forum ")).toList();
        if (!forums.isEmpty()) {
            fail(at + " : liens de même intitulé vers des forums différents : " + forums);
        }
        ambiguous.stream().filter(t -> !t.startsWith("Forum ")).forEach(t -> minor.merge(
                "même intitulé, pages différentes : « " + t + " »", 1, Integer::sum));
    }

    /** Words, not codes: what a person reads on the page. */
    void text(Page page, String at) {
        String text = (String) page.evaluate("() => document.body.innerText");
        List<String> found = new ArrayList<>();
        if (text.contains("(s)")) {
            found.add("« (s) »");
        }
        // versions are not quantities: "RGAA 4.1", "etalab-2.0", "DSFR 1.15", "decoupage-administratif 6.0.0"
        String numbers = text.replaceAll("(?i)(etalab|dsfr|rgaa|eupl|wcag|version|administratif)[ -]\\d+(\\.\\d+)*", "")
                .replaceAll("\\b\\d{1,3}(\\.\\d{1,3}){3}\\b", ""); // IP addresses (security journal) are not quantities
        Matcher m = DECIMAL_POINT.matcher(numbers);
        if (m.find()) {
            found.add("nombre avec un point « " + around(numbers, m.start()) + " »");
        }
        for (String code : topicCodes) {
            if (Pattern.compile("(?<![\\w.])" + Pattern.quote(code) + "(?![\\w.])").matcher(text).find()) {
                found.add("code de thème « " + code + " »");
            }
        }
        boolean accounts = page.url().contains("/gestion/comptes");
        if (!accounts) {
            for (String login : logins) {
                Matcher l = Pattern.compile("(?<![\\w-])" + Pattern.quote(login) + "(?![\\w-])").matcher(text);
                if (login.contains("-") && l.find()) {
                    found.add("identifiant « " + login + " » (" + around(text, l.start()) + ")");
                }
            }
        }
        for (String cell : text.split("[\\t\\n]")) {
            String t = cell.trim();
            if (accounts && logins.contains(t)) {
                continue; // the accounts page shows each account's identifier: that is its purpose
            }
            if (CODES.contains(t) || Role.fromCode(t).isPresent() && t.equals(t.toLowerCase(Locale.ROOT))) {
                found.add("code « " + t + " »");
            }
            if (t.matches(".*\\s:\\s*(\\d{2,3}|2[AB])")) {
                found.add("code de département seul « " + t + " »");
            }
        }
        if (!found.isEmpty()) {
            fail(at + " : " + String.join(" ; ", found.stream().distinct().toList()));
        }
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)).replaceAll("\\s+", " ");
    }

    @SuppressWarnings("unchecked")
    static List<Link> links(Page page, String origin) {
        List<List<Object>> raw = (List<List<Object>>) page.evaluate("() => [...document.querySelectorAll('a[href]')]"
                + ".map(a => [a.href, a.hasAttribute('download')])");
        List<Link> links = new ArrayList<>();
        for (List<Object> r : raw) {
            String href = (String) r.get(0);
            if (!href.startsWith(origin + "/")) {
                continue;
            }
            String path = relative(href, origin);
            int hash = path.indexOf('#');
            if (hash >= 0) {
                path = path.substring(0, hash);
            }
            if (path.isEmpty() || path.startsWith("/deconnexion") || path.startsWith("/j_security_check")) {
                continue;
            }
            String bare = path.replaceAll("\\?.*", "");
            boolean download = Boolean.TRUE.equals(r.get(1)) || DOWNLOAD.matcher(bare).matches()
                    || bare.startsWith("/api/") || bare.startsWith("/q/") || bare.contains("/export");
            links.add(new Link(path, download));
        }
        return links;
    }

    /** "/gestion/forums/12/modifier" → "/gestion/forums/{id}/modifier"; query keys kept, values dropped. */
    static String pattern(String path) {
        String[] parts = path.split("\\?", 2);
        String p = parts[0].replaceAll("/(\\d+|\\d[AB]|\\d{2}[0-9AB]?)(?=/|$|\\.)", "/{id}");
        if (parts.length > 1) {
            p += "?" + java.util.Arrays.stream(parts[1].split("&")).map(kv -> kv.replaceAll("=.*", ""))
                    .sorted().collect(Collectors.joining("&"));
        }
        return p;
    }

    static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getAuthority();
    }

    static String relative(String url, String origin) {
        return url.startsWith(origin) ? url.substring(origin.length()) : url;
    }
}
