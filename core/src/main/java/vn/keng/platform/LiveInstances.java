package vn.keng.platform;

/** How many instances of the application are alive (at least 1): local limits share a rate by it. */
public interface LiveInstances {

    int count();
}
