package dev.evalunit.reports;

import java.util.Arrays;

/** A growable list of primitive doubles: one variant's latencies can number in the tens of thousands. */
final class Doubles {

    private double[] values = new double[16];
    private int size;

    void add(double value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
