package org.coopstats.cycles;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CycleRepository extends CrudRepository<ReportingCycle, Long> {

    Optional<ReportingCycle> findByCode(String code);
}
