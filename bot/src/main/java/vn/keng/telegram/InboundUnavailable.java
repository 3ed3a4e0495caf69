package vn.keng.telegram;

/** The core could not take an update (its database is down): Telegram must deliver it again. */
class InboundUnavailable extends RuntimeException {

    InboundUnavailable(Throwable cause) {
        super("the core could not receive the update: " + cause.getMessage(), cause);
    }
}
