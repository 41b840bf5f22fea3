package org.coopstats.reports;

/**
 * The text of one report definition file. name is the file's own name (its id plus .yml);
 * location is how a person finds it, for messages: a path, or reports/... in the service itself.
 */
record ReportFile(String name, String location, String text) {

    static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("(.+)\\.ya?ml");

    static boolean isDefinition(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    String idFromName() {
        var matcher = NAME.matcher(name);
        return matcher.matches() ? matcher.group(1) : name;
    }
}
