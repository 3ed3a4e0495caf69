package vn.keng.zalo;

/** The core could not take an update (its database is down): Zalo must deliver it again, or polling retries it. */
class InboundUnavailable extends RuntimeException {

    InboundUnavailable(Throwable cause) {
        super("the core could not receive the update: " + cause.getMessage(), cause);
    }
}
