package org.coopstats.reports;

import org.coopstats.system.StartupRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where definitions come from: the reports/ folder built into the service, or a folder an
 * operator names. The built-in files are found through reports/index.txt, which the build
 * writes (pom.xml), because a folder inside a jar cannot be listed reliably.
 */
final class ReportFiles {

    static final String INDEX = "reports/index.txt";

    private ReportFiles() {
    }

    static List<ReportFile> inDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new StartupRefusedException("the reports directory " + directory + " does not exist. "
                    + "Check COOPSTATS_REPORTS_DIR, or unset it to use the reports built into the service.");
        }
        List<ReportFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString();
                if (ReportFile.isDefinition(name) && Files.isRegularFile(path)) {
                    String location = path.toAbsolutePath().toString();
                    files.add(new ReportFile(name, location, text(location, Files.readAllBytes(path))));
                }
            }
        } catch (IOException e) {
            throw new StartupRefusedException("cannot read the reports directory " + directory + " (" + e.getMessage() + ").", e);
        }
        return files;
    }

    static List<ReportFile> onClasspath(ClassLoader loader) {
        List<ReportFile> files = new ArrayList<>();
        for (String name : resource(loader, INDEX).lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String location = "reports/" + name;
            files.add(new ReportFile(name, location, resource(loader, location)));
        }
        return files;
    }

    private static String resource(ClassLoader loader, String location) {
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                throw new StartupRefusedException(location + " is missing from the service's classpath. "
                        + "Build it with Maven, which copies reports/ and writes " + INDEX + ".");
            }
            return text(location, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String location, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedReportException(location, "Not UTF-8 text. Save the file as UTF-8.");
        }
    }
}
