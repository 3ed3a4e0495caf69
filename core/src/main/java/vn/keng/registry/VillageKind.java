package vn.keng.registry;

/** What a residential area is called where it is: thon, lang, ban, xom (rural), to dan pho, khu pho (urban). */
public enum VillageKind {
    THON, LANG, BAN, XOM, TO_DAN_PHO, KHU_PHO
}
