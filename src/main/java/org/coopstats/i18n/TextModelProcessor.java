package org.coopstats.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every page its language: the model gains "t" (the Text of the request's language) and
 * "here" (the page's own address, for the language switcher), unless the controller set them.
 */
@Singleton
class TextModelProcessor implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = new HashMap<>(page.getModel().orElse(Map.of()));
        model.putIfAbsent("t", Text.of(LanguageChoice.of(request)));
        model.putIfAbsent("here", LanguageSwitch.addressWithout(request));
        page.setModel(model);
    }
}
