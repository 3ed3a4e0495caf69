package vn.keng.conversation;

import java.util.Set;

import vn.keng.registry.Person;

/**
 * Tells the conversation what a person has been asked: each flow (duty, incident) that asks people
 * things implements it. Only called when a message holds a command that needs a standing.
 */
public interface Standings {

    Set<Standing> of(Person person);
}
