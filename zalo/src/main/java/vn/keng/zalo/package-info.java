/**
 * The Zalo channel (Zalo Bot Platform): webhook endpoint, long polling and sender on a small typed
 * client, mapping updates to core inbound messages and outbox rows to Bot API calls, and linking a
 * Zalo account to a registered person by an invite code or a one-time code sent by SMS.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Zalo")
package vn.keng.zalo;
