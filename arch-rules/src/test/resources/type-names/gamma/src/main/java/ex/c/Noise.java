package ex.c;

final class Noise {
    private static final class Hidden {
    }
}
