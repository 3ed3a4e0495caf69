/**
 * Shared infrastructure every module relies on: Redis behind small ports ({@link vn.keng.platform.SharedKeys},
 * {@link vn.keng.platform.Signals}, the {@link vn.keng.platform.Limiter}; an embedded Redis on a free port
 * when {@code keng.redis.url} is empty), the clock, health indicators and the policies written once
 * (back-off, folding, the limiter). Only this package talks to Jedis.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.keng.platform;
