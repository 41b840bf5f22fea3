package org.coopstats.upload

import io.micronaut.json.JsonMapper
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import org.coopstats.support.SignedInClient

/** An officer's browser or system uploading case-line files, through the page or the API. */
class UploadClient {

    static final JsonMapper JSON = JsonMapper.createDefault()

    static final MediaType CSV = MediaType.of("text/csv")

    @Delegate
    final SignedInClient client

    UploadClient(SignedInClient client) {
        this.client = client
    }

    /**
     * The upload form posted as a browser posts it: csrf, the mode chosen (if any) and the form's
     * empty mode before the file, and a file part with an empty name when no file was chosen. The token is the session's, from any form.
     */
    HttpResponse<String> uploadPage(String cycle, byte[] file, String mode, String name = "lines.csv") {
        String token = SignedInClient.csrfOn(client.get("/account").body())
        postMultipart("/returns/$cycle/upload", multipart(token, mode, name, file), client.origin)
    }

    /** Micronaut's client builds multipart bodies itself; the JDK's sends these bytes as they are. */
    HttpResponse<String> postMultipart(String path, byte[] body, String origin) {
        def request = java.net.http.HttpRequest.newBuilder(URI.create(client.origin + path))
                .header("Content-Type", "multipart/form-data; boundary=$BOUNDARY")
                .header("Accept", "text/html")
                .header("Origin", origin)
                .header("Cookie", client.cookies.collect { k, v -> "$k=$v" }.join("; "))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                .build()
        def answer = JDK.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
        def response = HttpResponse.status(HttpStatus.valueOf(answer.statusCode())).body(answer.body())
        answer.headers().map().each { header, values -> values.each { response.header(header, it) } }
        response
    }

    private static final java.net.http.HttpClient JDK = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build()

    static final String BOUNDARY = "----coopstatsSpecBoundary7MA4YWxkTrZu0gW"

    static byte[] multipart(String token, String mode, String fileName, byte[] file) {
        def body = new ByteArrayOutputStream()
        def field = { String name, String value ->
            body.write("--$BOUNDARY\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n".getBytes("UTF-8"))
        }
        field("csrf", token)
        if (mode != null) {
            field("mode", mode)
        }
        field("mode", "")
        body.write(("--$BOUNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"$fileName\"\r\n" +
                "Content-Type: ${fileName ? 'text/csv' : 'application/octet-stream'}\r\n\r\n").getBytes("UTF-8"))
        body.write(file)
        body.write("\r\n--$BOUNDARY--\r\n".getBytes("UTF-8"))
        body.toByteArray()
    }

    /** A GET that accepts whatever the address serves: a page, JSON or CSV. */
    HttpResponse<String> getAny(String path) {
        client.send(HttpRequest.GET(path).accept("*/*"))
    }

    HttpResponse<String> uploadApi(String cycle, byte[] file, String mode) {
        client.send(HttpRequest.POST("/api/returns/$cycle/uploads" + (mode == null ? "" : "?mode=$mode"), file)
                .contentType(CSV)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header("Origin", client.origin)
                .header("X-CSRF-Token", client.apiCsrfToken()))
    }

    /** Uploads through the page and follows the upload until it is finished; its status as the API gives it. */
    Map uploadAndWait(String cycle, byte[] file, String mode, String name = "lines.csv") {
        HttpResponse<String> response = uploadPage(cycle, file, mode, name)
        assert response.status == HttpStatus.SEE_OTHER: "${response.status}: ${text(response.body())}"
        finished(cycle, idIn(response))
    }

    Map status(String cycle, String id) {
        HttpResponse<String> response = client.send(HttpRequest.GET("/api/returns/$cycle/uploads/$id")
                .accept(MediaType.APPLICATION_JSON_TYPE))
        assert response.status == HttpStatus.OK
        JSON.readValue(response.body(), Map)
    }

    Map finished(String cycle, String id) {
        long deadline = System.currentTimeMillis() + 30_000
        while (true) {
            Map status = status(cycle, id)
            if (status.finished) {
                return status
            }
            assert System.currentTimeMillis() < deadline: "upload $id still ${status.status} after 30 s"
            Thread.sleep(20)
        }
    }

    static String idIn(HttpResponse<?> response) {
        response.header("Location").tokenize("/").last()
    }

    /** A page's text with jte's escapes undone and spaces collapsed, to look for messages as people read them. */
    static String text(String html) {
        html == null ? "" : html.replace("&#34;", '"').replace("&#39;", "'").replace("&quot;", '"')
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll(/\s+/, " ")
    }
}
