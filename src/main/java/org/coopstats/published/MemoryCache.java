package org.coopstats.published;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values made once per key and kept, up to a weight (bytes, or entries): what is published never
 * changes, so nothing expires; the first made go first when the bound is reached. A value is made
 * once even when many ask at the same moment (they share its future), on the given executor, so
 * a request that finds its value never waits for the database. A failure is not kept, nor a value
 * the keep rule refuses (a page answering 404 under an address anyone can invent), nor one heavier
 * than the whole bound.
 */
final class MemoryCache<K, V> {

    private final long maxWeight;
    private final ToLongFunction<V> weigher;
    private final Predicate<V> keep;
    private final ConcurrentHashMap<K, CompletableFuture<V>> values = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<K, Long> weights = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<K> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong weight = new AtomicLong();

    MemoryCache(long maxWeight, ToLongFunction<V> weigher) {
        this(maxWeight, weigher, value -> true);
    }

    MemoryCache(long maxWeight, ToLongFunction<V> weigher, Predicate<V> keep) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.keep = keep;
    }

    CompletableFuture<V> get(K key, Supplier<V> make, Executor executor) {
        CompletableFuture<V> found = values.get(key);
        if (found != null) {
            return found;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        found = values.putIfAbsent(key, mine);
        if (found != null) {
            return found;
        }
        executor.execute(() -> {
            try {
                V value = make.get();
                if (!keep.test(value) || !admit(key, value)) {
                    values.remove(key, mine);
                }
                mine.complete(value);
            } catch (Throwable failure) {
                values.remove(key, mine);
                mine.completeExceptionally(failure);
            }
        });
        return mine;
    }

    /** The value, made on this thread if need be: for callers already off the event loop. */
    V join(K key, Supplier<V> make) {
        return get(key, make, Runnable::run).join();
    }

    void clear() {
        values.clear();
        weights.clear();
        order.clear();
        weight.set(0);
    }

    int size() {
        return values.size();
    }

    /** Keeps the value, the oldest others leaving to make room; false when it alone is over the bound. */
    private boolean admit(K key, V value) {
        long added = Math.max(1, weigher.applyAsLong(value));
        if (added > maxWeight) {
            return false;
        }
        weights.put(key, added);
        order.add(key);
        weight.addAndGet(added);
        while (weight.get() > maxWeight) {
            K oldest = order.poll();
            if (oldest == null) {
                break;
            }
            if (oldest.equals(key)) {
                // only values admitted at this same moment are left: they make their own room
                order.add(key);
                break;
            }
            Long removed = weights.remove(oldest);
            values.remove(oldest);
            if (removed != null) {
                weight.addAndGet(-removed);
            }
        }
        return true;
    }

    long weight() {
        return weight.get();
    }
}
