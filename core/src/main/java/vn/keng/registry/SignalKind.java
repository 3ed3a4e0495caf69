package vn.keng.registry;

/** What a gong signal means: peace (bao yen), alarm (bao dong), fire (bao chay), or the village's own. */
public enum SignalKind {
    PEACE, ALARM, FIRE, CUSTOM
}
