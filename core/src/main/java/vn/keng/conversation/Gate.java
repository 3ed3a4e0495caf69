package vn.keng.conversation;

import java.util.Set;

import vn.keng.registry.Role;

/** Who may give a command. */
enum Gate {
    ANYONE, KNOWN, GONG_DUTY, STRIKER, ALERTED, VERIFIER;

    boolean admits(boolean known, Set<Role> roles, java.util.function.Supplier<Set<Standing>> standings) {
        return switch (this) {
            case ANYONE -> true;
            case KNOWN -> known;
            case GONG_DUTY -> known && standings.get().contains(Standing.GONG_DUTY);
            case STRIKER -> known && (roles.contains(Role.STRIKER) || roles.contains(Role.VILLAGE_HEAD)
                    || standings.get().contains(Standing.GONG_DUTY));
            case ALERTED -> known && standings.get().contains(Standing.ALERTED);
            case VERIFIER -> known && standings.get().contains(Standing.VERIFIER);
        };
    }
}
