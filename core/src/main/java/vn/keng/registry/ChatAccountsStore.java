package vn.keng.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The registry's own access to {@link ChatAccount}s, writes included; other modules read through {@link ChatAccounts}. */
interface ChatAccountsStore extends JpaRepository<ChatAccount, Long>, ChatAccounts {

    // the reads both interfaces declare, declared once more to be one method

    @Override
    Optional<ChatAccount> findById(Long id);

    @Override
    List<ChatAccount> findAllById(Iterable<Long> ids);

    @Override
    List<ChatAccount> findAll();

    @Override
    boolean existsById(Long id);

    @Override
    long count();
}
