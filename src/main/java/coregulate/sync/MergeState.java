package coregulate.sync;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The pure merge: a grow-only set of events keyed by eid, and a last-writer-wins view per entity. Because the
 * view is a function of the set only, merging is idempotent, commutative and associative.
 */
public final class MergeState {
    /** Total order among events of one entity: stamp (wall, counter, device), then eid. */
    public static final Comparator<SyncEvent> WINS = Comparator.comparing(SyncEvent::stamp)
            .thenComparing(SyncEvent::eid);

    private final SortedMap<String, SyncEvent> events = new TreeMap<>();

    private final java.util.SortedSet<String> forks = new java.util.TreeSet<>();

    /**
     * Adds events; an eid already present is ignored. The same eid with different content is a fork (for
     * example a restored device): it is recorded, and the smaller encoding is kept so the outcome does not
     * depend on delivery order. Returns how many were new.
     */
    public int addAll(Collection<SyncEvent> incoming) {
        int added = 0;
        for (SyncEvent e : incoming) {
            SyncEvent known = events.putIfAbsent(e.eid(), e);
            if (known == null) {
                added++;
            } else if (!known.equals(e)) {
                forks.add(e.eid());
                if (e.toJson().compareTo(known.toJson()) < 0) {
                    events.put(e.eid(), e);
                }
            }
        }
        return added;
    }

    /** Eids seen with two different contents. */
    public java.util.SortedSet<String> forks() {
        return java.util.Collections.unmodifiableSortedSet(forks);
    }

    public MergeState merge(MergeState other) {
        MergeState m = new MergeState();
        m.addAll(events.values());
        m.addAll(other.events.values());
        m.forks.addAll(forks);
        m.forks.addAll(other.forks);
        return m;
    }

    public int size() {
        return events.size();
    }

    /** Winner per "kind/entity", including withdrawals (tombstones). */
    public SortedMap<String, SyncEvent> view() {
        SortedMap<String, SyncEvent> view = new TreeMap<>();
        for (SyncEvent e : events.values()) {
            view.merge(e.entityKind() + "/" + e.entityId(), e, (a, b) -> WINS.compare(a, b) >= 0 ? a : b);
        }
        return view;
    }

    /** Entities that currently exist (winner is not a withdrawal). */
    public Map<String, SyncEvent> live() {
        SortedMap<String, SyncEvent> live = new TreeMap<>(view());
        live.values().removeIf(SyncEvent::isWithdrawal);
        return live;
    }
}
