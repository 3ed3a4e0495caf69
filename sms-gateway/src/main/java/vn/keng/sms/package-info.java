/**
 * The SMS channel: providers (Twilio, an Android SIM gateway, the console), their webhooks and
 * delivery reports, GSM-7 and UCS-2 segment counting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SMS")
package vn.keng.sms;
