package vn.keng.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Redis connection settings.
 *
 * @param url a {@code redis://} URL; empty starts an embedded Redis on a free local port
 */
@ConfigurationProperties("keng.redis")
public record RedisSettings(String url) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    @Override
    public String toString() {
        return "RedisSettings[url=" + (embedded() ? "<embedded>" : url.replaceAll("//[^@/]*@", "//***@")) + "]";
    }
}
