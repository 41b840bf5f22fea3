package org.coopstats.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Directed cycles through hidden entries of a Grid (see there why they are what protects).
 * Nodes 0..rows are the grid's rows (the last one the column totals), the nodes after them
 * its columns (the last one the row totals). The grand total is never an edge: it is always
 * published; nor is a figure the public knows otherwise (a cell known to be zero, a figure
 * published in another table), which an attacker would simply fill in.
 */
final class Cycles {

    private final Grid grid;
    private final int nodes;

    Cycles(Grid grid) {
        this.grid = grid;
        this.nodes = grid.rows + grid.cols + 2;
    }

    /** Whether the hidden entry can take another value while every published figure stays. */
    boolean protects(int entry, boolean[] hidden) {
        int row = grid.rowOf(entry);
        int col = colNode(grid.colOf(entry));
        return grid.forward(entry) && reaches(col, row, hidden, entry)
                || grid.backward(entry) && reaches(row, col, hidden, entry);
    }

    /**
     * The entries to hide, fewest and cheapest first, so that the entry lies on a cycle; empty
     * when it already does, null when no pattern can protect it.
     */
    List<Integer> cheapestCycle(int entry, boolean[] hidden) {
        int row = grid.rowOf(entry);
        int col = colNode(grid.colOf(entry));
        Path forward = grid.forward(entry) ? cheapestPath(col, row, hidden, entry) : null;
        Path backward = grid.backward(entry) ? cheapestPath(row, col, hidden, entry) : null;
        Path best = backward == null || forward != null && forward.cost <= backward.cost ? forward : backward;
        if (best == null) {
            return null;
        }
        List<Integer> added = new ArrayList<>();
        for (int step : best.entries) {
            if (!hidden[step]) {
                added.add(step);
            }
        }
        return added;
    }

    private int colNode(int col) {
        return grid.rows + 1 + col;
    }

    private boolean isRow(int node) {
        return node <= grid.rows;
    }

    /** The edge leaving the node towards its index-th neighbour, or -1 where the arc may not run. */
    private int arc(int node, int index) {
        if (isRow(node)) {
            int entry = grid.entry(node, index);
            return grid.hideable(entry) && grid.forward(entry) ? entry : -1;
        }
        int entry = grid.entry(index, node - grid.rows - 1);
        return grid.hideable(entry) && grid.backward(entry) ? entry : -1;
    }

    private int target(int node, int index) {
        return isRow(node) ? colNode(index) : index;
    }

    private int degree(int node) {
        return isRow(node) ? grid.cols + 1 : grid.rows + 1;
    }

    private boolean reaches(int from, int to, boolean[] hidden, int without) {
        boolean[] seen = new boolean[nodes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        seen[from] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < degree(node); i++) {
                int entry = arc(node, i);
                int next = target(node, i);
                if (entry >= 0 && entry != without && hidden[entry] && !seen[next]) {
                    if (next == to) {
                        return true;
                    }
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return false;
    }

    private record Path(long cost, List<Integer> entries) {
    }

    /** Dijkstra on a dense graph of a few hundred nodes; ties go to the lower node, so results repeat. */
    private Path cheapestPath(int from, int to, boolean[] hidden, int without) {
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(distance, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        distance[from] = 0;
        while (true) {
            int node = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && distance[n] != Long.MAX_VALUE && (node < 0 || distance[n] < distance[node])) {
                    node = n;
                }
            }
            if (node < 0) {
                return null;
            }
            if (node == to) {
                break;
            }
            done[node] = true;
            for (int i = 0; i < degree(node); i++) {
                int entry = arc(node, i);
                int next = target(node, i);
                if (entry < 0 || entry == without || done[next]) {
                    continue;
                }
                long through = distance[node] + (hidden[entry] ? 0 : grid.cost(entry));
                if (through < distance[next]) {
                    distance[next] = through;
                    via[next] = entry;
                }
            }
        }
        List<Integer> entries = new ArrayList<>();
        for (int node = to; node != from; ) {
            int entry = via[node];
            entries.add(entry);
            node = isRow(node) ? colNode(grid.colOf(entry)) : grid.rowOf(entry);
        }
        return new Path(distance[to], entries);
    }
}
