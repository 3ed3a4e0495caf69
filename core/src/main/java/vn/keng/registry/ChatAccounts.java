package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;


/**
 * All {@link ChatAccount}s.
 * <p>
 * Reads only: the registry's query API for the other modules. The registry writes through
 * {@code ChatAccountsStore}; other modules change registry data through {@link Registry}.
 */
@NoRepositoryBean
public interface ChatAccounts extends Repository<ChatAccount, Long> {

    Optional<ChatAccount> findById(Long id);

    List<ChatAccount> findAllById(Iterable<Long> ids);

    List<ChatAccount> findAll();

    boolean existsById(Long id);

    long count();


    Optional<ChatAccount> findByChannelAndAccount(String channel, String account);

    Optional<ChatAccount> findByChannelAndPersonId(String channel, Long personId);

    List<ChatAccount> findByPersonId(Long personId);
}
