package vn.keng.platform;

/** Limiters for tests. */
public final class TestLimiters {

    private TestLimiters() {
    }

    /** A limiter on the same Redis as the given one, with in-process cells of its own: another instance's. */
    public static Limiter anotherInstance(Limiter limiter) {
        return limiter.anotherInstance();
    }

    /** Asks Redis again at the next call, as if the pause after a failed call (2 s) were over. */
    public static void retryRedisNow(Limiter limiter) {
        limiter.retryRedisNow();
    }
}
