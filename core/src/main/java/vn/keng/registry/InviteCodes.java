package vn.keng.registry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** All {@link InviteCode}s. */
interface InviteCodes extends JpaRepository<InviteCode, Long> {

    Optional<InviteCode> findByCode(String code);
}
