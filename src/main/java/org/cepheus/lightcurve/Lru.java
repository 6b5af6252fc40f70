package org.cepheus.lightcurve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used map: the plan caches of one search object. */
final class Lru<K, V> {
    private final Map<K, V> map;

    Lru(int capacity) {
        map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
        };
    }

    synchronized V get(K key) { return map.get(key); }

    synchronized void put(K key, V value) { map.put(key, value); }

    /** The value of the key, made (outside the lock, so threads never wait on each other's work) when absent. */
    V computeIfAbsent(K key, Function<K, V> make) {
        V v = get(key);
        if (v != null) return v;
        v = make.apply(key);
        put(key, v);
        return v;
    }

    synchronized int size() { return map.size(); }
}
