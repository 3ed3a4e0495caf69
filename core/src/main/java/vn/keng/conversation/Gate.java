package vn.keng.conversation;

import java.util.Set;

import vn.keng.registry.Role;

/** Who may give a command. */
enum Gate {
    ANYONE, KNOWN, GONG_DUTY, STRIKER, ALERTED, VERIFIER,
    /** Officials and village heads (a notice to the villages). */
    OFFICIAL_OR_HEAD;

    boolean admits(boolean known, Set<Role> roles, java.util.function.Supplier<Set<Standing>> standings) {
        return switch (this) {
            case ANYONE -> true;
            case KNOWN -> known;
            case GONG_DUTY -> known && standings.get().contains(Standing.GONG_DUTY);
            case STRIKER -> known && (roles.contains(Role.STRIKER) || roles.contains(Role.VILLAGE_HEAD)
                    || standings.get().contains(Standing.GONG_DUTY));
            case ALERTED -> known && standings.get().contains(Standing.ALERTED);
            case VERIFIER -> known && standings.get().contains(Standing.VERIFIER);
            case OFFICIAL_OR_HEAD -> known && (roles.contains(Role.OFFICIAL) || roles.contains(Role.ADMIN)
                    || roles.contains(Role.VILLAGE_HEAD));
        };
    }

    /**
     * Whether the command's handler itself tells a sender without the role why not: the command then
     * reaches it when its text is read as nothing else (a resident's "THONG BAO có cháy ở chợ" is a
     * fire report, "THONG BAO họp dân" a polite refusal).
     */
    boolean handlerRefuses() {
        return this == OFFICIAL_OR_HEAD;
    }
}
