package org.coopstats.accounts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt hashes; the cost is a setting so tests can use a cheap one. */
@Singleton
public class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    // Compared against when the account does not exist, so that a wrong address takes as long
    // as a wrong password and timing does not tell which accounts exist.
    private final String decoy;

    PasswordHasher(@Value("${coopstats.security.bcrypt-cost:12}") int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
        this.decoy = encoder.encode("decoy password that matches nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    void spendTimeLikeACheck(String password) {
        encoder.matches(password, decoy);
    }
}
