package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link ChatAccount}s. */
public interface ChatAccounts extends JpaRepository<ChatAccount, Long> {

    Optional<ChatAccount> findByChannelAndAccount(String channel, String account);

    Optional<ChatAccount> findByChannelAndPersonId(String channel, Long personId);

    List<ChatAccount> findByPersonId(Long personId);
}
