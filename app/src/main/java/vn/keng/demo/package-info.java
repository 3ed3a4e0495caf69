/**
 * Demo data for the embedded default: the commune of the seed plan, Xa Dong Thinh, with seven
 * villages, their gong points, rosters, households, residents and fire-safety groups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package vn.keng.demo;
