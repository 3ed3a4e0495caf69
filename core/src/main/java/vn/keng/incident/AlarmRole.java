package vn.keng.incident;

/** Why a recipient was alarmed. */
public enum AlarmRole {
    /** Asked to strike the alarm gong. */
    STRIKER,
    LEADER,
    DEPUTY,
    VILLAGE_HEAD,
    POLICE,
    /** A member of the reporter's fire-safety group. */
    MEMBER,
    /** The group's own Telegram chat. */
    GROUP_CHAT,
    /** Asked to verify an unverified report (police, village head). */
    VERIFIER,
    /** A member of a neighbouring group, or the police again, when nobody answered in time. */
    WIDENED
}
