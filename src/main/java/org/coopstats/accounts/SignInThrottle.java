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
    private static final int MAXIMUM_KEYS = 10_000;

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

    /** account is a stable key of the account tried (its id, or the address typed when unknown). */
    boolean blocked(String account, String address) {
        return recent("account:" + account) >= perAccount || recent("address:" + address) >= perAddress;
    }

    void failed(String account, String address) {
        if (failures.size() > MAXIMUM_KEYS) {
            forgetExpired();
        }
        record("account:" + account);
        record("address:" + address);
    }

    void succeeded(String account) {
        failures.remove("account:" + account);
    }

    /** For checks of a signed-in person's password, where only the account counts. */
    boolean accountBlocked(String account) {
        return recent("account:" + account) >= perAccount;
    }

    void accountFailed(String account) {
        record("account:" + account);
    }

    /** Unauthenticated requests add keys; drop those with nothing left in the window. */
    private void forgetExpired() {
        failures.keySet().removeIf(key -> recent(key) == 0);
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
