package vn.keng.registry;


/** What the round needs to know about a person, loaded in bulk without their roles. */
public record PersonCard(Long id, String name, PhoneNumber phone, Long telegramUserId, Long villageId, boolean infoOptOut) {

    public boolean reachable() {
        return phone != null || telegramUserId != null;
    }
}
