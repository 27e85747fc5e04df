package ex.b;

public sealed interface Outcome {
    record Failed(String why) implements Outcome {
    }

    record Noise(double spread) implements Outcome {
    }
}
