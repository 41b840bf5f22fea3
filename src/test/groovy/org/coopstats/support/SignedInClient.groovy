package org.coopstats.support

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.cookie.Cookie

/** Speaks to the service like a browser: keeps its cookies and sends each form's CSRF token. */
class SignedInClient {

    final BlockingHttpClient http
    final String origin
    final Map<String, String> cookies = [:]

    /** origin: the service's address, sent as Origin with every form post as a browser does. */
    SignedInClient(BlockingHttpClient http, URL origin) {
        this.http = http
        this.origin = "${origin.protocol}://${origin.host}:${origin.port}"
    }

    HttpResponse<String> get(String path) {
        send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE))
    }

    /** Opens the page at formPage and posts its form to action with the page's CSRF token. */
    HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) {
        String token = csrfOn(get(formPage).body())
        send(formPost(action, [csrf: token] + fields).header("Origin", origin))
    }

    static MutableHttpRequest<?> formPost(String action, Map<String, String> fields) {
        HttpRequest.POST(action, fields)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE)
    }

    HttpResponse<String> send(MutableHttpRequest<?> request) {
        cookies.each { name, value -> request.cookie(Cookie.of(name, value)) }
        HttpResponse<String> response
        try {
            response = http.exchange(request, String)
        } catch (HttpClientResponseException e) {
            response = e.response as HttpResponse<String>
        }
        response.headers.getAll("Set-Cookie").each { header ->
            def (name, value) = header.split(";")[0].split("=", 2).toList()
            if (header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name)
            } else {
                cookies[name] = value
            }
        }
        response
    }

    HttpResponse<String> signIn(String email, String password) {
        postForm("/sign-in", "/sign-in", [email: email, password: password])
    }

    /** The token a change through the JSON API needs in X-CSRF-Token when it relies on this session's cookie; "" when signed out. */
    String apiCsrfToken() {
        def me = send(HttpRequest.GET("/api/me").accept(MediaType.APPLICATION_JSON_TYPE)).body() ?: ""
        def token = me =~ /"csrfToken":"([^"]+)"/
        token.find() ? token.group(1) : ""
    }

    static String csrfOn(String page) {
        def match = page =~ /name="csrf" value="([^"]*)"/
        match.find() ? match.group(1) : ""
    }
}
