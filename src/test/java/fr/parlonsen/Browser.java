package fr.parlonsen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright (no browser download), with axe-core checks.
 * One per test class: {@code try (Browser b = Browser.open(baseUrl)) { ... }}.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARLONSEN_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;
    private BrowserContext context;
    private Page page;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
        newContext();
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    public static Browser open(String baseUrl) {
        return new Browser(baseUrl);
    }

    /** A fresh browser profile (no cookies, no storage). */
    public Page newContext() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new NewContextOptions().setLocale("fr-FR").setViewportSize(1280, 900));
        page = context.newPage();
        return page;
    }

    public Page page() {
        return page;
    }

    public BrowserContext context() {
        return context;
    }

    public Page go(String path) {
        page.navigate(baseUrl + path);
        return page;
    }

    public Page login(String username, String password) {
        go("/connexion");
        page.getByLabel("Identifiant", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForLoadState();
        return page;
    }

    /** Runs every axe-core rule (WCAG and best practices, as an auditor would) on the current page. */
    public List<Rule> axeViolations() {
        return new AxeBuilder(page).analyze().getViolations();
    }

    /** The same, leaving out what the CSS selector {@code exclude} selects. */
    public List<Rule> axeViolations(String exclude) {
        return new AxeBuilder(page).exclude(exclude).analyze().getViolations();
    }

    /** Runs axe-core (WCAG 2.1 A and AA) and fails on any serious or critical violation. */
    public void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> grave = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(grave.isEmpty(), () -> "Violations axe graves sur " + page.url() + " :\n" + grave.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + ") : " + v.getHelp() + " → "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
        browser.close();
        playwright.close();
    }
}
