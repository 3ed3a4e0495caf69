/**
 * Village notices (thông báo): an official informs the commune or some of its villages, a village head
 * their village, by "THONG BAO &lt;text&gt;" in chat or SMS, or through the admin API. The sender sees the
 * audience and the cost (recipients, SMS segments) and confirms with one digit; the notice then goes
 * at info priority (behind alarms and duty messages), skipping people who opted out, and its SMS
 * copies wait for the end of the quiet hours. Notices are kept, listed and counted in reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices")
package vn.keng.notice;
