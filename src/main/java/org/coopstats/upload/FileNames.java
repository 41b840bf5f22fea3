package org.coopstats.upload;

/** The name of an uploaded file as it is shown and audited: no folders, no control characters, not too long. */
final class FileNames {

    private FileNames() {
    }

    static String clean(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "upload.csv";
        }
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}
