package org.coopstats.published;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a public page's template to a string, once, for the cache: the model carries all the
 * page shows (t and here included), nothing is taken from the request that first asked for it.
 */
@Singleton
class Templates {

    private final ViewsRendererLocator renderers;

    Templates(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    String render(String view, Map<String, Object> model, HttpRequest<?> request) {
        ViewsRenderer renderer = renderers.resolveViewsRenderer(view, MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("no renderer for " + view));
        StringWriter html = new StringWriter();
        try {
            renderer.render(view, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
