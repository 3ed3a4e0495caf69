package vn.keng.sms;

/** Which Android phones have gone silent (no webhook, system:ping included, for the ping time-out). */
interface PhoneWatch {

    /** Nobody watches: every phone counts as alive (the module on its own, its tests). */
    PhoneWatch NONE = phone -> false;

    boolean silent(String phone);
}
