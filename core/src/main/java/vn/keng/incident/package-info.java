/**
 * Incidents: a resident (or an unknown number) reports a fire, theft, rescue, disorder or other
 * incident by message; the service alarms the reporter's fire-safety group, its leaders, the
 * village head, the commune police and the on-duty striker (to strike the alarm gong), records
 * who is coming, widens the alarm when nobody answers, and broadcasts the closing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents")
package vn.keng.incident;
