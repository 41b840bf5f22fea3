package org.coopstats.published

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets

/** Plain GETs as a browser without cookies sends them: any status is an answer, never an exception. */
class PublicWeb {

    final URL base
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()

    PublicWeb(URL base) {
        this.base = base
    }

    Answer get(String path, Map<String, String> headers = [:]) {
        def request = HttpRequest.newBuilder(new URL(base, path).toURI()).header("Accept", "text/html,*/*")
        headers.each { name, value -> request.header(name, value) }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray())
        new Answer(status: response.statusCode(), bytes: response.body(),
                headers: response.headers().map().collectEntries { k, v -> [k.toLowerCase(), v.join(", ")] })
    }

    static class Answer {
        int status
        byte[] bytes
        Map<String, String> headers

        String getText() {
            new String(bytes, StandardCharsets.UTF_8)
        }

        String header(String name) {
            headers[name.toLowerCase()]
        }
    }
}
