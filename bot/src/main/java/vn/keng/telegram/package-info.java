/**
 * The Telegram channel: webhook endpoint, long polling and sender, mapping updates to core
 * inbound messages and outbox rows to Bot API calls.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram")
package vn.keng.telegram;
