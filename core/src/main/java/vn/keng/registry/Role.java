package vn.keng.registry;

/** What a person does in the programmes; a person may hold several roles. */
public enum Role {
    /** nguoi dan: reports incidents, receives the alarms of their group. */
    RESIDENT,
    /** nguoi danh keng: strikes the gong, confirms each night. */
    STRIKER,
    /** to truong / to pho to lien gia: receives every alarm of the group, closes incidents. */
    GROUP_LEADER,
    /** truong thon: escalation step, sees their village. */
    VILLAGE_HEAD,
    /** cong an xa: receives every alarm of the commune, last escalation step. */
    POLICE,
    /** can bo UBND xa: asks for reports, manages the registry. */
    OFFICIAL,
    /** Dang uy xa, the Party committee of the commune: receives the year-end report. */
    PARTY_COMMITTEE,
    /** runs the service. */
    ADMIN
}
