package vn.keng.platform;

/**
 * Where the application's Redis is, and the embedded server behind it if the application started one.
 */
public final class RedisEndpoint implements AutoCloseable {

    private final String url;
    private final EmbeddedRedis embedded;

    RedisEndpoint(String url, EmbeddedRedis embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    public String url() {
        return url;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** The URL without credentials, for logs and health details. */
    public String safeUrl() {
        return url.replaceAll("//[^@/]*@", "//***@");
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
