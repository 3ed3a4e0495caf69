package vn.keng.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.keng.messaging.Notice;
import vn.keng.registry.Households;
import vn.keng.registry.People;
import vn.keng.registry.Person;
import vn.keng.registry.SafetyGroup;
import vn.keng.registry.SafetyGroups;

/** "Tổ của tôi" (the Telegram menu button, or typed): the person's fire-safety group, its size, leader and deputy. */
@Component
class MyGroupHandler implements DialogHandler {

    private final Households households;
    private final SafetyGroups groups;
    private final People people;

    MyGroupHandler(Households households, SafetyGroups groups, People people) {
        this.households = households;
        this.groups = groups;
        this.people = people;
    }

    @Override
    public String name() {
        return "group";
    }

    @Override
    public Set<Command> commands() {
        return Set.of(Command.MY_GROUP);
    }

    @Override
    public boolean handle(Dialog dialog) {
        Person person = dialog.sender().orElseThrow();
        Optional<SafetyGroup> group = Optional.ofNullable(person.getHouseholdId()).flatMap(households::findById)
                .map(h -> h.getGroupId()).flatMap(groups::findById);
        if (group.isEmpty()) {
            dialog.reply(Notice.info("menu.no-group", Map.of()));
            return true;
        }
        SafetyGroup g = group.get();
        Map<String, Object> params = new HashMap<>();
        params.put("group", g.getName());
        params.put("count", households.countByGroupId(g.getId()));
        params.put("leader", contact(g.getLeaderId()));
        params.put("deputy", contact(g.getDeputyId()));
        dialog.reply(Notice.info("menu.my-group", params));
        return true;
    }

    private String contact(Long personId) {
        return Optional.ofNullable(personId).flatMap(people::findById)
                .map(p -> p.getPhone() == null ? p.getName() : p.getName() + " " + p.getPhone().national())
                .orElse("-");
    }
}
