package vn.keng.platform;

/** Limiters for tests. */
public final class TestLimiters {

    private TestLimiters() {
    }

    /** A limiter on the same Redis as the given one, with in-process cells of its own: another instance's. */
    public static Limiter anotherInstance(Limiter limiter) {
        return limiter.anotherInstance();
    }
}
