/**
 * Messaging: the one inbound pipeline (dedupe, store, identify, hand to the dialog engine), the
 * outbox and its dispatcher (per-channel workers, Redis rate limits, retries, fallback), message
 * templates in Vietnamese and English, and the channel SPI that the Telegram, SMS and simulator
 * adapters implement ({@link vn.keng.messaging.ChannelSender}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Messaging")
package vn.keng.messaging;
