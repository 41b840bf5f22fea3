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
