package org.coopstats.accounts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after too many failures for one account, or from one
 * address, within the window, further attempts are refused until the window has passed.
 * Kept in memory: a restart forgets, which is acceptable for one service instance.
 */
@Singleton
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    private final int perAccount;
    private final int perAddress;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    SignInThrottle(@Value("${coopstats.security.failed-sign-ins-per-account:5}") int perAccount,
                   @Value("${coopstats.security.failed-sign-ins-per-address:20}") int perAddress) {
        this(perAccount, perAddress, Clock.systemUTC());
    }

    SignInThrottle(int perAccount, int perAddress, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    boolean blocked(String email, String address) {
        return recent("account:" + email) >= perAccount || recent("address:" + address) >= perAddress;
    }

    void failed(String email, String address) {
        record("account:" + email);
        record("address:" + address);
    }

    void succeeded(String email) {
        failures.remove("account:" + email);
    }

    /** Forgets every failure, as a restart would. */
    void clear() {
        failures.clear();
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void record(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }
}
