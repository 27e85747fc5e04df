package ex.b;

public record Summary(double mean) {
}
