package org.coopstats.support

import org.apache.commons.csv.CSVFormat
import org.apache.commons.csv.CSVRecord

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets

/**
 * A CSV answer read over HTTP as it arrives, the way a client saves a large download: records
 * are counted and summed while the bytes stream in, and only a sample is kept, so the test's
 * own memory stays flat however long the file is.
 */
class CsvDownload {

    int status
    String contentType
    List<String> header
    long records
    long bytes
    /** The sum of one numeric column over every record (case_count for the line export). */
    long sum
    /** The first record and every sampleEvery-th after it. */
    List<CSVRecord> sample = []
    double seconds

    static CsvDownload get(String url, String bearerToken, String sumColumn, int sampleEvery) {
        HttpClient http = HttpClient.newHttpClient()
        long started = System.nanoTime()
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearerToken).build(), HttpResponse.BodyHandlers.ofInputStream())
        CsvDownload download = new CsvDownload(status: response.statusCode(),
                contentType: response.headers().firstValue("Content-Type").orElse(null))
        def counting = new FilterInputStream(response.body()) {
            @Override
            int read(byte[] buffer, int offset, int length) {
                int read = super.read(buffer, offset, length)
                if (read > 0) {
                    download.bytes += read
                }
                read
            }
        }
        new InputStreamReader(counting, StandardCharsets.UTF_8).withCloseable { reader ->
            def parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
            download.header = parser.headerNames
            for (CSVRecord record : parser) {
                if (download.records % sampleEvery == 0) {
                    download.sample << record
                }
                download.records++
                download.sum += Long.parseLong(record.get(sumColumn))
            }
        }
        download.seconds = (System.nanoTime() - started) / 1e9d
        download
    }
}
