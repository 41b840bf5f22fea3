package org.coopstats.accounts;

/** What an account may do; an officer is also bound to one State. */
public enum Role {
    ADMIN("Administrator"),
    ANALYST("Secretariat analyst"),
    OFFICER("Reporting officer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
