/**
 * The registry: communes, villages, gong points and their signal tables, households, people and
 * their channels, inter-household fire-safety groups (to lien gia) and duty rosters. Every other
 * module reads it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package vn.keng.registry;
