package org.coopstats.upload

import java.nio.charset.StandardCharsets

/**
 * HTTP/1.1 over a plain socket, for what the Micronaut client does not do: declare a length
 * and send less, or send a body in chunks. Returns what the server answered within 10 s.
 */
class RawHttp {

    static String post(URL base, String path, Map<String, String> cookies, Map<String, String> headers, byte[] body) {
        exchange(base, path, cookies, headers) { OutputStream out -> out.write(body) }
    }

    static String postChunked(URL base, String path, Map<String, String> cookies, Map<String, String> headers, byte[] body) {
        exchange(base, path, cookies, headers + ["Transfer-Encoding": "chunked"]) { OutputStream out ->
            for (int offset = 0; offset < body.length; offset += 1000) {
                int length = Math.min(1000, body.length - offset)
                out.write("${Integer.toHexString(length)}\r\n".getBytes(StandardCharsets.US_ASCII))
                out.write(body, offset, length)
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII))
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
        }
    }

    private static String exchange(URL base, String path, Map<String, String> cookies, Map<String, String> headers,
                                   Closure send) {
        new Socket(base.host, base.port).withCloseable { socket ->
            socket.soTimeout = 10_000
            def head = new StringBuilder("POST $path HTTP/1.1\r\nHost: ${base.host}:${base.port}\r\nAccept: application/json\r\n")
            if (cookies) {
                head.append("Cookie: ").append(cookies.collect { name, value -> "$name=$value" }.join("; ")).append("\r\n")
            }
            headers.each { name, value -> head.append("$name: $value\r\n") }
            head.append("\r\n")
            OutputStream out = socket.outputStream
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII))
            try {
                send(out)
                out.flush()
            } catch (IOException refusedWhileSending) {
                // the server may answer and close before the body is all sent: read its answer
            }
            def answer = new ByteArrayOutputStream()
            try {
                answer << socket.inputStream
            } catch (SocketTimeoutException | SocketException ignored) {
                // a kept-alive connection ends the answer by going quiet
            }
            answer.toString(StandardCharsets.UTF_8)
        }
    }
}
