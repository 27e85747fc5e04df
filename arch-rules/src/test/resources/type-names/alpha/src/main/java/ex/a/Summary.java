package ex.a;

public final class Summary {
    public record Failed(String why) {
    }

    private record Hidden() {
    }
}
