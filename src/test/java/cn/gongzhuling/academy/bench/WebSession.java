package cn.gongzhuling.academy.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client of one user: its own cookie jar (the session cookie), redirects not
 * followed (a redirect to the login page is a failure, not a page). Logs in through the JSF form
 * exactly as a browser posts it: the form's ViewState with user name, password and button.
 */
final class WebSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient http;

    WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logs in; throws unless the app redirects to its home page. */
    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        expect(form, 200, "/login.xhtml");
        Matcher m = VIEW_STATE.matcher(form.body());
        if (!m.find()) {
            throw new IOException("no ViewState on the login page");
        }
        String body = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.xhtml"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new IOException("login of " + username + " failed: HTTP " + answer.statusCode() + " " + location);
        }
    }

    /** GETs a page and checks it is a 200 containing {@code marker} (null: any 200). Returns its size. */
    int page(String path, String marker) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(get(path), HttpResponse.BodyHandlers.ofString());
        expect(response, 200, path);
        if (marker != null && !response.body().contains(marker)) {
            throw new IOException(path + " answered without '" + marker + "'");
        }
        return response.body().length();
    }

    /** POSTs a JSON body with extra headers (name, value, ...); throws unless the answer is {@code status}. */
    String postJson(String path, String json, int status, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IOException(path + ": HTTP " + response.statusCode() + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
        return response.body();
    }

    /** GETs a resource, checking only the status; the body is discarded. */
    void resource(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(get(path), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + response.statusCode());
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET().build();
    }

    private static void expect(HttpResponse<String> response, int status, String path) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(path + ": HTTP " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
