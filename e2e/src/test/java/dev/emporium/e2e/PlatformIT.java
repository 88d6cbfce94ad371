package dev.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.emporium.testsupport.ProblemAssertions;
import dev.emporium.testsupport.TestHttp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The acceptance path of a new user: {@code up}, then register, log in and use the API through the gateway only,
 * and read and try it in the gateway's Swagger UI and API reference (in Chromium); {@code down} leaves nothing
 * running; a second {@code up} keeps users, passwords and signing keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE)
class PlatformIT {

    static final String PASSWORD = "correct horse battery";

    // the shared platform: this class runs last (junit-platform.properties orders classes), so its restarts of
    // services and its down and up again disturb no other class, and the suite starts one platform, not two
    final RunningPlatform platform = SharedPlatform.get();
    TestHttp http;
    /** Started by the first browser test, so a missing browser fails those tests only. */
    HeadlessChromium chromium;

    @BeforeAll
    void connect() {
        http = new TestHttp(platform.gatewayUrl());
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @Order(1)
    void registersLogsInAndShowsTheUserThroughTheGateway() {
        String email = uniqueEmail();
        TestHttp.Response registered = register(email);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        JsonNode tokens = login(email, PASSWORD);
        TestHttp.Response me = http.get("/api/v1/users/me", bearer(tokens));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.header("X-Request-Id")).isNotBlank();
    }

    @Test
    @Order(2)
    void rotatesRefreshTokensAndRevokesTheFamilyOnReplay() {
        String email = uniqueEmail();
        register(email);
        JsonNode first = login(email, PASSWORD);

        TestHttp.Response rotated = refresh(first);
        assertThat(rotated.status()).isEqualTo(200);
        JsonNode second = rotated.json();
        assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());

        assertProblem(refresh(first), 401);
        assertProblem(refresh(second), 401);
    }

    @Test
    @Order(3)
    void refusesMissingTamperedAndForgedTokens() {
        String email = uniqueEmail();
        register(email);
        String token = login(email, PASSWORD).get("accessToken").asString();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"CUSTOMER\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertProblem(http.get("/api/v1/users/me"), 401);
        assertProblem(http.get("/api/v1/users/me", "Authorization", "Bearer " + tampered), 401);
        assertProblem(http.get("/api/v1/users/me", "Authorization", "Bearer " + parts[0] + "." + parts[1] + "."), 401);
        assertProblem(http.get("/api/v1/users/me", "Authorization", "Bearer garbage"), 401);
    }

    @Test
    @Order(4)
    void keepsCustomersOutOfAdminEndpointsAndLetsTheAdminIn() {
        String email = uniqueEmail();
        register(email);

        assertProblem(http.get("/api/v1/admin/users", bearer(login(email, PASSWORD))), 403);
        assertThat(http.get("/api/v1/admin/users", bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD))).status())
                .isEqualTo(200);
    }

    /** Each service's own client secret, from the launcher's secrets, gets it a service token on identity's port only. */
    @Test
    @Order(7)
    void issuesAServiceItsTokenOnIdentitysOwnPortOnly() throws Exception {
        String basic = clientAuthorization("catalog");
        TestHttp identity = new TestHttp("http://127.0.0.1:" + platform.port(8081));

        assertProblem(identity.get("/api/v1/users/me", "Authorization", "Bearer " + serviceToken("catalog")), 403);
        assertThat(http.send("POST", "/oauth2/token", "grant_type=client_credentials", "Content-Type",
                "application/x-www-form-urlencoded", "Authorization", basic).status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void answersEveryKindOfMalformedRequestWithAProblem() {
        String email = uniqueEmail();
        register(email);
        String[] auth = bearer(login(email, PASSWORD));
        String[] admin = bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD));
        String validAddress = "{\"fullName\":\"Ada\",\"line1\":\"1 Main St\",\"city\":\"Berlin\",\"postalCode\":\"10115\",\"country\":\"DE\"}";

        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\": ")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "[]")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":\"a@example.com\"} trailing")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":42,\"password\":\"" + PASSWORD + "\",\"name\":\"A\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":\"not-an-email\",\"password\":\"" + PASSWORD + "\",\"name\":\"A\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"short\",\"name\":\"A\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD + "\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"" + PASSWORD
                + "\",\"name\":\"" + "x".repeat(5000) + "\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/register", "{\"name\":\"" + "x".repeat(3_000_000) + "\"}")), 413);
        assertProblem(withinAuthRateLimit(() -> http.send("POST", "/api/v1/auth/register", "email=a", "Content-Type", "text/plain")), 415);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/login", "{\"email\":{\"nested\":true},\"password\":\"x\"}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":null}")), 400);
        assertProblem(withinAuthRateLimit(() -> http.post("/api/v1/auth/refresh", "{}")), 400);
        assertProblem(http.send("POST", "/api/v1/users/me/addresses", validAddress.replace("\"DE\"", "\"XX\""), auth), 400);
        assertProblem(http.send("POST", "/api/v1/users/me/addresses", validAddress.replace("\"DE\"", "49"), auth), 400);
        assertProblem(http.send("DELETE", "/api/v1/users/me/addresses/not-a-uuid", null, auth), 400);
        assertProblem(http.send("PATCH", "/api/v1/users/me", "{\"name\":\"   \"}", auth), 400);
        assertProblem(http.get("/api/v1/admin/users?size=abc", admin), 400);
        assertProblem(http.get("/api/v1/admin/users?page=-1", admin), 400);
        assertProblem(http.get("/api/v1/admin/users?role=SUPERUSER", admin), 400);
        assertProblem(withinAuthRateLimit(() -> http.send("DELETE", "/api/v1/auth/login", null, auth)), 405);
        assertProblem(http.get("/api/v1/no-such-thing", auth), 404);
    }

    @Test
    @Order(6)
    void answersForAServiceThatIsNotRunningWithServiceUnavailable() {
        TestHttp.Response response = http.get("/api/v1/admin/analytics/summary",
                bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD)));

        assertProblem(response, 503);
    }

    @Test
    @Order(10)
    void listsPagesFiltersAndSortsTheDemoCatalog() {
        JsonNode all = http.get("/api/v1/products?size=20").json();
        JsonNode clothing = http.get("/api/v1/products?category=clothing&size=100&sort=price,asc&currency=EUR").json();

        assertThat(all.get("totalItems").asLong()).isGreaterThanOrEqualTo(500);
        assertThat(all.get("items")).hasSize(20);
        assertThat(http.get("/api/v1/categories").json().size()).isGreaterThanOrEqualTo(8);
        assertThat(clothing.get("totalItems").asLong()).isPositive().isLessThan(all.get("totalItems").asLong());
        List<java.math.BigDecimal> prices = clothing.get("items").valueStream()
                .map(p -> new java.math.BigDecimal(p.get("price").get("amount").asString())).toList();
        assertThat(prices).isSorted();
        assertThat(clothing.get("items").get(0).get("price").get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    @Order(11)
    void makesANewProductSearchableAndArchivingRemovesIt() {
        String[] admin = bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD));
        String word = "zorblax" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        String category = http.get("/api/v1/categories").json().get(0).get("children").get(0).get("id").asString();

        TestHttp.Response created = http.send("POST", "/api/v1/admin/products", Shop.newProduct(word, category, "ACTIVE"), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        // a generous bound: this checks that indexing happens, not how fast (a latency figure belongs in a benchmark)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> searchIds(word).contains(id));

        assertThat(http.send("DELETE", "/api/v1/admin/products/" + id, null, admin).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !searchIds(word).contains(id));
        assertProblem(http.get("/api/v1/products/" + id), 404);
    }

    @Test
    @Order(12)
    void keepsCustomersOutOfCatalogAdministration() {
        String email = uniqueEmail();
        register(email);

        assertProblem(http.send("POST", "/api/v1/admin/products", Shop.newProduct("nope", UUID.randomUUID().toString(), "ACTIVE"),
                bearer(login(email, PASSWORD))), 403);
    }

    @Test
    @Order(13)
    void refusesInvalidProductsNamingTheFieldAndWritesNothing() {
        String[] admin = bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD));
        String category = http.get("/api/v1/categories").json().get(0).get("children").get(0).get("id").asString();
        String valid = Shop.newProduct("invalid" + UUID.randomUUID().toString().substring(0, 4), category, "ACTIVE");
        long before = http.get("/api/v1/admin/products?status=ACTIVE&size=1", admin).json().get("totalItems").asLong();

        assertFieldProblem(http.send("POST", "/api/v1/admin/products", valid.replace("\"24.00\"", "\"-1.00\""), admin),
                "variants[0].price.amount");
        assertFieldProblem(http.send("POST", "/api/v1/admin/products", valid.replace("\"GBP\"", "\"XYZ\""), admin),
                "variants[0].prices[0].currency");
        assertFieldProblem(http.send("POST", "/api/v1/admin/products", valid.replace("-M\"", "-S\""), admin), "variants[1].sku");
        assertFieldProblem(http.send("POST", "/api/v1/admin/products", valid.replaceFirst("\"name\": \"[^\"]*\",", ""), admin),
                "name");
        assertFieldProblem(http.send("POST", "/api/v1/admin/products",
                valid.replace("Handmade and sturdy.", "x".repeat(10 * 1024 * 1024)), admin), "description");

        assertThat(http.get("/api/v1/admin/products?status=ACTIVE&size=1", admin).json().get("totalItems").asLong()).isEqualTo(before);
    }

    @Test
    @Order(14)
    void findsShirtsDespiteATypoAndSuggestsByPrefix() {
        JsonNode typo = http.get("/api/v1/search?q=shrit").json();
        JsonNode suggestions = http.get("/api/v1/search/suggest?q=sh").json();

        assertThat(typo.get("totalItems").asLong()).isPositive();
        assertThat(typo.get("items").get(0).get("name").asString().toLowerCase()).containsAnyOf("shirt", "tee");
        assertThat(suggestions.get("suggestions").valueStream().map(JsonNode::asString)).anyMatch(s -> s.startsWith("sh"));
    }

    @Test
    @Order(15)
    void countsBrandFacetsExactlyAsTheCatalogListsThem() {
        JsonNode search = http.get("/api/v1/search?category=clothing&size=1").json();

        assertThat(search.get("totalItems").asLong())
                .isEqualTo(http.get("/api/v1/products?category=clothing&size=1").json().get("totalItems").asLong());
        for (JsonNode facet : search.get("facets").get("brand")) {
            String brand = facet.get("value").asString();
            long listed = http.get("/api/v1/products?category=clothing&size=1&brand=" + brand.replace(" ", "%20").replace("&", "%26"))
                    .json().get("totalItems").asLong();
            assertThat(facet.get("count").asLong()).as(brand).isEqualTo(listed);
        }
    }

    @Test
    @Order(16)
    void rebuildsTheSearchIndexFromKafkaWhenItsDirectoryIsGone() throws Exception {
        long before = http.get("/api/v1/search?size=1").json().get("totalItems").asLong();
        java.nio.file.Path index = platform.home.resolve("search");
        assertThat(index).exists();

        try (var paths = java.nio.file.Files.walk(index)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        RunningPlatform.Result restart = platform.restart("search");
        assertThat(restart.exitCode()).as(restart.output()).isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/v1/search?size=1").json().get("totalItems").asLong() == before);
    }

    @Test
    @Order(20)
    void postgresLetsNobodyInWithoutAPassword() {
        assertThatThrownBy(() -> DriverManager.getConnection(platform.postgresUrl("postgres"), "postgres", ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(platform.postgresUrl("identity"), "identity", "guess"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }

    @Test
    @Order(21)
    void redisAnswersNothingWithoutThePassword() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", platform.redisPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();

            assertThat(reply).startsWith("-NOAUTH");
        }
    }

    @Test
    @Order(22)
    void keepsEveryCredentialPrivateAndOutOfTheLogs() throws Exception {
        Path secrets = platform.home.resolve("secrets");
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(secrets.resolve("credentials.properties"))) {
            credentials.load(reader);
        }
        List<String> values = new ArrayList<>(credentials.stringPropertyNames().stream()
                .filter(name -> name.endsWith("password") || name.endsWith("key") || name.endsWith("secret"))
                .map(credentials::getProperty).toList());
        values.add(RunningPlatform.ADMIN_PASSWORD);

        assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var files = Files.list(secrets)) {
            files.forEach(file -> assertThat(uncheckedPermissions(file)).as(file.toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
        assertThat(values).hasSizeGreaterThan(4);
        for (Path log : platform.logFiles()) {
            String content = Files.readString(log, StandardCharsets.ISO_8859_1);
            values.forEach(secret -> assertThat(content).as("%s holds a credential", log).doesNotContain(secret));
        }
    }

    @Test
    @Order(23)
    void statusLogsInToTheInfrastructureAndReportsEverythingReady() {
        RunningPlatform.Result status = platform.status();

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("postgres\\s+ready").containsPattern("redis\\s+ready");
    }

    @Test
    @Order(24)
    void showsStockSetToZeroAsOutOfStockInInventoryAndSearchWithinSeconds() {
        String[] admin = bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD));
        JsonNode hit = http.get("/api/v1/search?inStock=true&size=1").json().get("items").get(0);
        String name = hit.get("name").asString();
        List<String> skus = http.get("/api/v1/products/" + hit.get("productId").asString()).json().get("variants").valueStream()
                .map(variant -> variant.get("sku").asString()).toList();

        for (String sku : skus) {
            TestHttp.Response set = http.send("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 0}", admin);
            assertThat(set.status()).as(set.body()).isEqualTo(200);
            assertThat(http.get("/api/v1/inventory/" + sku).json().get("inStock").asBoolean()).isFalse();
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                http.get("/api/v1/search?inStock=true&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                        .get("items").valueStream().noneMatch(item -> item.get("productId").asString().equals(hit.get("productId").asString())));
    }

    @Test
    @Order(25)
    void keepsReservationsThroughAKill9OfInventoryAndReleasesTheExpiredOneAfterTheRestart() throws Exception {
        String[] admin = bearer(login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD));
        String sku = "E2E-KILL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(http.send("PUT", "/api/v1/admin/inventory/" + sku, "{\"onHand\": 5}", admin).status()).isEqualTo(200);
        // internal endpoints are not routed by the gateway: straight to inventory, as checkout would call it
        TestHttp inventory = new TestHttp("http://127.0.0.1:" + platform.port(8084));
        for (String reservation : List.of("{\"ttlSeconds\": 3, \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}]",
                "{\"ttlSeconds\": 3600, \"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1}]")) {
            TestHttp.Response reserved = inventory.post("/internal/inventory/reservations",
                    reservation + ", \"reservationId\": \"" + UUID.randomUUID() + "\"}", "Authorization", "Bearer " + serviceToken("checkout"));
            assertThat(reserved.status()).as(reserved.body()).isEqualTo(200);
        }

        platform.crash("inventory");
        RunningPlatform.Result restart = platform.restart("inventory");
        assertThat(restart.exitCode()).as(restart.output()).isZero();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            TestHttp.Response stock = http.send("GET", "/api/v1/admin/inventory/" + sku, null, admin);
            return stock.status() == 200 && stock.json().get("reserved").asInt() == 1;
        });
        assertThat(http.send("GET", "/api/v1/admin/inventory/" + sku, null, admin).json().get("onHand").asInt()).isEqualTo(5);
    }

    @Test
    @Order(30)
    void servesEveryDocumentTheSwaggerUiLists() {
        List<String> urls = http.get("/v3/api-docs/swagger-config").json().get("urls").valueStream()
                .map(service -> service.get("url").asString()).toList();

        assertThat(urls).contains("/v3/api-docs/identity", "/v3/api-docs/catalog", "/v3/api-docs/search");
        for (String url : urls) {
            TestHttp.Response document = http.get(url);
            assertThat(document.status()).as(url).isEqualTo(200);
            assertThat(document.json().get("openapi").asString()).as(url).startsWith("3.");
        }
    }

    @Test
    @Order(31)
    void swaggerUiGetsUnauthorizedFromAnAdminOperationWithoutAToken() {
        try (HeadlessChromium.BrowserPage browser = chromium().newPage()) {
            SwaggerUi swaggerUi = SwaggerUi.open(browser.page, platform.gatewayUrl()).showDocument("identity");

            assertThat(swaggerUi.execute("GET", "/api/v1/admin/users")).isEqualTo(401);
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    @Order(32)
    void swaggerUiAuthorizesWithABearerTokenAndCallsAnAdminOperation() {
        try (HeadlessChromium.BrowserPage browser = chromium().newPage()) {
            SwaggerUi swaggerUi = SwaggerUi.open(browser.page, platform.gatewayUrl()).showDocument("identity")
                    .authorize(adminAccessToken());

            assertThat(swaggerUi.execute("GET", "/api/v1/admin/users")).isEqualTo(200);
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    @Order(33)
    void swaggerUiKeepsTheTokenAcrossAReload() {
        try (HeadlessChromium.BrowserPage browser = chromium().newPage()) {
            SwaggerUi swaggerUi = SwaggerUi.open(browser.page, platform.gatewayUrl()).showDocument("identity")
                    .authorize(adminAccessToken());

            assertThat(swaggerUi.reload().isAuthorized()).isTrue();
        }
    }

    @Test
    @Order(34)
    void apiReferenceRendersTheOperationsOfAService() {
        try (HeadlessChromium.BrowserPage browser = chromium().newPage()) {
            ApiReference reference = ApiReference.open(browser.page, platform.gatewayUrl(), "identity");

            assertThat(reference.services()).containsExactlyInAnyOrder("identity", "catalog", "search", "inventory", "cart", "payment", "order", "checkout");
            assertThat(reference.showsOperation("GET", "/api/v1/admin/users")).isTrue();
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    @Order(35)
    void apiReferenceSearchesTheOperationsInItsWorker() {
        try (HeadlessChromium.BrowserPage browser = chromium().newPage()) {
            ApiReference reference = ApiReference.open(browser.page, platform.gatewayUrl(), "catalog");

            assertThat(reference.search("products")).isNotEmpty();
            assertThat(browser.policyViolations()).isEmpty();
        }
    }

    @Test
    @Order(100)
    void downLeavesNothingRunningAndUpKeepsUsersPasswordsAndTokens() {
        String email = uniqueEmail();
        register(email);
        JsonNode tokensBeforeRestart = login(email, PASSWORD);

        RunningPlatform.Result down = platform.down();
        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(platform.leftoverProcesses()).isEmpty();
        for (int port : platform.ports()) {
            assertThat(isListening(port)).as("port %d still open after down", port).isFalse();
        }

        RunningPlatform.Result up = platform.up();
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).contains(platform.gatewayUrl().replace("127.0.0.1", "localhost").replace("http://", ""));

        TestHttp.Response me = http.get("/api/v1/users/me", bearer(tokensBeforeRestart));
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(login(email, PASSWORD).get("accessToken").asString()).isNotBlank();
    }

    /** HTTP Basic with the client secret the launcher generated for this service. */
    private String clientAuthorization(String service) throws Exception {
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(platform.home.resolve("secrets").resolve("credentials.properties"))) {
            credentials.load(reader);
        }
        return "Basic " + Base64.getEncoder().encodeToString((service + ":" + credentials.getProperty("service-client." + service + ".secret"))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A token from identity's own port, as a service gets it (the gateway never routes /oauth2/token). */
    private String serviceToken(String service) throws Exception {
        TestHttp.Response token = new TestHttp("http://127.0.0.1:" + platform.port(8081)).send("POST",
                "/oauth2/token", "grant_type=client_credentials", "Content-Type", "application/x-www-form-urlencoded",
                "Authorization", clientAuthorization(service));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }

    private HeadlessChromium chromium() {
        if (chromium == null) {
            chromium = new HeadlessChromium();
        }
        return chromium;
    }

    private String adminAccessToken() {
        return login("admin@emporium.local", RunningPlatform.ADMIN_PASSWORD).get("accessToken").asString();
    }

    private List<String> searchIds(String query) {
        return http.get("/api/v1/search?q=" + query).json().get("items").valueStream()
                .map(item -> item.get("productId").asString()).toList();
    }

    private static void assertFieldProblem(TestHttp.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    /**
     * Every class of the suite signs in from the same address, and the gateway allows a burst of 20 calls to
     * /api/v1/auth, then 5 a second: this class, run last, waits as the 429's Retry-After says, like {@link Shop}.
     */
    private static TestHttp.Response withinAuthRateLimit(Supplier<TestHttp.Response> call) {
        return Shop.withinRateLimit(call);
    }

    private TestHttp.Response register(String email) {
        return withinAuthRateLimit(() -> http.post("/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"E2E\"}"));
    }

    private JsonNode login(String email, String password) {
        TestHttp.Response response = withinAuthRateLimit(() -> http.post("/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private TestHttp.Response refresh(JsonNode tokens) {
        return withinAuthRateLimit(() -> http.post("/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + tokens.get("refreshToken").asString() + "\"}"));
    }

    private static String[] bearer(JsonNode tokens) {
        return new String[] { "Authorization", "Bearer " + tokens.get("accessToken").asString() };
    }

    private static String uniqueEmail() {
        return "e2e-" + UUID.randomUUID() + "@example.com";
    }

    /** Any well-formed problem with this status; the exact codes are specified by the services' own tests. */
    private static void assertProblem(TestHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        ProblemAssertions.assertProblem(response, status, problem.get("code").asString());
    }

    private static Set<PosixFilePermission> uncheckedPermissions(Path file) {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isListening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
