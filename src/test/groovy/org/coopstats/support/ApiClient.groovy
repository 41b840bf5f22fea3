package org.coopstats.support

import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException

/** Speaks to the JSON API as a State's system does: a bearer token, JSON in and out, errors as answers. */
class ApiClient {

    final BlockingHttpClient http

    ApiClient(BlockingHttpClient http) {
        this.http = http
    }

    String tokenFor(String email, String password) {
        call(HttpRequest.POST("/api/tokens", [email: email, password: password]), null).body().token
    }

    /** Sends the request with the token (none when null); an error status comes back as the answer, body parsed. */
    HttpResponse<Object> call(MutableHttpRequest<?> request, String bearer) {
        if (bearer != null) {
            request.bearerAuth(bearer)
        }
        request.accept(MediaType.APPLICATION_JSON_TYPE)
        try {
            http.exchange(request, Object)
        } catch (HttpClientResponseException e) {
            e.response.getBody(Object).map { body -> HttpResponse.status(e.status).body(body) }
                    .orElse(HttpResponse.status(e.status)) as HttpResponse<Object>
        }
    }
}
