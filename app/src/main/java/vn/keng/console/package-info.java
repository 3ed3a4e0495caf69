/**
 * The web console at {@code /console} for the commune clerk and the police: tonight's round live,
 * open incidents, the registry with the CSV import, rosters and reports. Server-rendered
 * (Thymeleaf), Vietnamese by default with an English switch, behind the admin login (form login
 * and a session; the viewer reads only). It calls the modules' services, never their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package vn.keng.console;
