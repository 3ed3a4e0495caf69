/**
 * Shared infrastructure every module relies on: the Redis connection (an embedded Redis on a free
 * port when {@code keng.redis.url} is empty), the clock, and health indicators.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.keng.platform;
