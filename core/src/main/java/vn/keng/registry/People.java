package vn.keng.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * All {@link Person}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code PeopleStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface People extends Repository<Person, Long> {

    Optional<Person> findById(Long id);

    List<Person> findAllById(Iterable<Long> ids);

    List<Person> findAll();

    boolean existsById(Long id);

    long count();


    Optional<Person> findByPhone(PhoneNumber phone);

    Optional<Person> findByTelegramUserId(Long telegramUserId);

    /** The person an account of a chat app other than Telegram (Zalo) is linked to. */
    @Query("select p from Person p, ChatAccount a where a.personId = p.id and a.channel = :channel and a.account = :account")
    Optional<Person> findByChatAccount(String channel, String account);

    List<Person> findTop200ByNameContainingIgnoreCaseOrderByName(String part);

    List<Person> findByVillageIdOrderByName(Long villageId);

    List<Person> findByCommuneIdOrderByName(Long communeId);

    List<Person> findByHouseholdIdIn(Collection<Long> householdIds);

    @Query("select p from Person p join p.roles r where p.communeId = :communeId and r = :role order by p.name")
    List<Person> findByCommuneIdAndRole(Long communeId, Role role);

    @Query("select p from Person p join p.roles r where p.villageId = :villageId and r = :role order by p.name")
    List<Person> findByVillageIdAndRole(Long villageId, Role role);

    /** The people who hold any of these phones (a few at most: a phone belongs to one person). */
    List<Person> findByPhoneIn(Collection<PhoneNumber> phones);
}
