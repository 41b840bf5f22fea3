package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** One public answer, made once and served from memory: its bytes and the headers that go with them. */
record Page(int status, byte[] body, @Nullable byte[] gzipped, String contentType, String etag, String cacheControl,
            @Nullable String filename) {

    /** Addresses of an edition never change what they show: browsers and proxies may keep them for good. */
    static final String FOREVER = "public, max-age=31536000, immutable";
    /** The list and a cycle's latest edition change when an edition is published. */
    static final String BRIEFLY = "public, max-age=60";
    static final String NEVER = "no-store";

    static final String HTML = "text/html; charset=utf-8";
    static final String CSV = "text/csv; charset=utf-8";
    static final String SVG = "image/svg+xml; charset=utf-8";
    static final String PNG = "image/png";

    static Page of(int status, byte[] body, String contentType, String cacheControl, @Nullable String filename) {
        byte[] gzipped = contentType.equals(PNG) || body.length < 1024 ? null : gzip(body);
        return new Page(status, body, gzipped, contentType, etag(body), cacheControl, filename);
    }

    /** Text compressed once, when the page is made: compressing it again for every request would cost more than serving it. */
    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What the page weighs in memory. */
    long weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 200L;
    }

    static Page html(int status, String html, String cacheControl) {
        return of(status, html.getBytes(StandardCharsets.UTF_8), HTML, cacheControl, null);
    }

    /** A strong validator: the first 128 bits of the body's SHA-256. */
    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
