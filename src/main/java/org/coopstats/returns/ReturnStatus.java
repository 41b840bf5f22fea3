package org.coopstats.returns;

/** A return's status as people read it: the message key (returns.status.*), a late submission said so. */
public final class ReturnStatus {

    private ReturnStatus() {
    }

    public static String key(String status, Boolean late) {
        if (status == null) {
            return "returns.status.NONE";
        }
        boolean wasLate = Boolean.TRUE.equals(late);
        return switch (status) {
            case "SUBMITTED" -> wasLate ? "returns.status.SUBMITTED_LATE" : "returns.status.SUBMITTED";
            case "ACCEPTED" -> wasLate ? "returns.status.ACCEPTED_LATE" : "returns.status.ACCEPTED";
            default -> "returns.status." + status;
        };
    }
}
