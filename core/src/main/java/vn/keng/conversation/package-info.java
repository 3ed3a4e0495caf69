/**
 * The dialog engine: matches what people write (with or without diacritics, any case, common
 * typos) to intent handlers, maps a bare digit to the option of the last question, keeps
 * multi-step dialog state in Redis, and answers anything unmatched with help.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversation")
package vn.keng.conversation;
