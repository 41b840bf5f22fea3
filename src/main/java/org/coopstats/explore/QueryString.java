package org.coopstats.explore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Parameters back into a URL's query, each value encoded. */
final class QueryString {

    private QueryString() {
    }

    static String of(Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.stream()
                .filter(value -> value != null && !value.isBlank())
                .forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
