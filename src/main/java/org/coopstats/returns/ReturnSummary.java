package org.coopstats.returns;

import java.math.BigDecimal;

/** Lines and cases of one cooperation type and direction, for the confirmation page. */
@io.micronaut.serde.annotation.Serdeable
public record ReturnSummary(String cooperationType, String direction, int lines, BigDecimal cases, String cooperationTypeCode) {
}
