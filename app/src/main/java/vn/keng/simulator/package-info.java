/**
 * The simulator: a web page at {@code /simulator} where anyone can play a demo person, send text or
 * tap options, and watch every message to and from them and the outbox, through the real pipeline,
 * on a channel of its own. On by default on the embedded default only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulator")
package vn.keng.simulator;
