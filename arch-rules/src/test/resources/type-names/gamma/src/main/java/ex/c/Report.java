package ex.c;

public final class Report {
    static final class Hidden {
    }
}
