package org.coopstats.publication;

import java.util.List;

/** Publishing was refused and nothing was written; key names the reason in the publish bundle. */
public class PublicationRefusedException extends RuntimeException {

    private final String key;
    private final List<Object> arguments;

    PublicationRefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
