package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.kernel.Clock;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.schools.CarrierFile;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.Inputs;
import fr.normandie.ecoles.schools.UnknownCarrierException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Carrier accounts by invitation (issue 16). A project officer invites a carrier's contact by e-mail; the mail's
 * single-use link, valid {@code carriers.invitation-validity} (ISO-8601, default {@code P7D}), lets the person
 * choose a user name and a password, which opens a {@link Role#CARRIER} account acting for that carrier. Only the
 * token's SHA-256 is stored. A link unknown, expired, withdrawn or used is refused alike and writes nothing; the
 * invitation's row is locked while it is accepted, so the same link accepted twice at once opens one account.
 */
@ApplicationScoped
public class Invitations {

    private static final String REFUSED = "Seuls les chargés de mission et les administrateurs invitent un porteur.";
    private static final int PROPOSALS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Carriers carriers;

    @Inject
    PasswordHashing hashing;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Event<InvitationSent> sent;

    @Inject
    @ConfigProperty(name = "carriers.invitation-validity", defaultValue = "P7D")
    Duration validity;

    /**
     * Invites a carrier's contact (staff, administrators), refused when the address already has an active account
     * or a pending invitation; the mail is queued in the same transaction and leaves after commit.
     */
    @Transactional
    public Invitation invite(Caller caller, UUID carrierId, NewInvitation invitation) {
        caller.requireAny(REFUSED, Role.STAFF, Role.ADMIN);
        CarrierFile carrier = carrier(carrierId);
        Inputs.requireValid(validator, invitation);
        String address = EmailAddress.check(invitation.email()).orElseThrow();
        LocalDateTime now = clock.nowUtc();
        requireFree(address, now);
        String token = InvitationTokens.draw();
        InvitationEntity entity = new InvitationEntity(InvitationTokens.hash(token), carrierId,
                invitation.fullName().strip(), address, caller.name(), now, now.plus(validity));
        em.persist(entity);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw AddressTakenException.invited(address); // invited meanwhile by another officer
        }
        Invitation made = entity.toInvitation(now);
        sent.fire(new InvitationSent(made.fullName(), address, carrier.carrier().name(), token, made.expiresAt()));
        return made;
    }

    /** A carrier's invitations, newest first (staff, administrators). */
    public List<Invitation> of(Caller caller, UUID carrierId) {
        caller.requireAny(REFUSED, Role.STAFF, Role.ADMIN);
        carrier(carrierId);
        LocalDateTime now = clock.nowUtc();
        return em.createNamedQuery("InvitationEntity.ofCarrier", InvitationEntity.class)
                .setParameter("carrier", carrierId).getResultStream().map(i -> i.toInvitation(now)).toList();
    }

    /** Withdraws a pending invitation (staff, administrators): its link opens nothing from now on. */
    @Transactional
    public Invitation withdraw(Caller caller, UUID carrierId, UUID invitationId) {
        caller.requireAny(REFUSED, Role.STAFF, Role.ADMIN);
        InvitationEntity invitation = em.find(InvitationEntity.class, invitationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || !invitation.carrierId().equals(carrierId)) {
            throw new UnknownInvitationException(invitationId.toString());
        }
        if (!invitation.pending()) {
            throw new InvitationClosedException();
        }
        LocalDateTime now = clock.nowUtc();
        invitation.withdrawn(caller.name(), now);
        return invitation.toInvitation(now);
    }

    /** What the invitation page shows of an open link: whom, for which carrier, and a user name to propose. */
    public record Welcome(String fullName, String email, String carrierName, String proposedUsername) {
    }

    /** The open invitation of a link; refused alike when unknown, expired, withdrawn or used. */
    public Welcome welcome(String token) {
        InvitationEntity invitation = open(token, "InvitationEntity.byTokenHash");
        String carrierName = carrier(invitation.carrierId()).carrier().name();
        return new Welcome(invitation.fullName(), invitation.email(), carrierName, freeUsername(invitation.email()));
    }

    /**
     * Opens the carrier's account of an open link, with the user name and password chosen (the rules of a new
     * account), and closes the invitation; on the administration log, by the officer who invited.
     */
    @Transactional
    public Account accept(InvitationAcceptance acceptance) {
        InvitationEntity invitation = open(acceptance.token(), "InvitationEntity.byTokenHashLocked");
        NewAccount account = Inputs.requireValid(validator, new NewAccount(acceptance.username(),
                acceptance.password(), invitation.fullName(), Set.of(Role.CARRIER), invitation.carrierId()));
        if (em.find(AccountEntity.class, account.username()) != null) {
            throw new AccountExistsException(account.username());
        }
        if (activeAccountAt(invitation.email())) {
            throw AddressTakenException.account(invitation.email());
        }
        AccountEntity entity = new AccountEntity(account.username(), hashing.hash(account.password()),
                account.fullName(), account.roles(), account.carrier());
        entity.setEmail(invitation.email());
        LocalDateTime now = clock.nowUtc();
        em.persist(entity);
        invitation.accepted(account.username(), now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new AccountExistsException(account.username()); // the name taken meanwhile by another invitee
        }
        Account opened = entity.toAccount();
        em.persist(new AdministrationLogRow(now, invitation.invitedBy(), AdministrationAction.OPENED_BY_INVITATION,
                null, opened));
        return opened;
    }

    private InvitationEntity open(String token, String query) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new InvalidInvitationException();
        }
        return em.createNamedQuery(query, InvitationEntity.class)
                .setParameter("hash", InvitationTokens.hash(token.strip())).getResultStream().findFirst()
                .filter(i -> i.open(clock.nowUtc())).orElseThrow(InvalidInvitationException::new);
    }

    private CarrierFile carrier(UUID carrierId) {
        return carriers.find(carrierId).orElseThrow(() -> UnknownCarrierException.carrier(null, carrierId.toString()));
    }

    /** Refused when the address has an active account or an open invitation; an expired one gives it up. */
    private void requireFree(String address, LocalDateTime now) {
        if (activeAccountAt(address)) {
            throw AddressTakenException.account(address);
        }
        Optional<InvitationEntity> pending = em.createNamedQuery("InvitationEntity.pendingTo", InvitationEntity.class)
                .setParameter("email", address.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
        if (pending.filter(i -> i.open(now)).isPresent()) {
            throw AddressTakenException.invited(address);
        }
        pending.ifPresent(expired -> {
            expired.releaseAddress();
            em.flush();
        });
    }

    private boolean activeAccountAt(String address) {
        return em.createNamedQuery("AccountEntity.activeWithEmail", Long.class)
                .setParameter("email", address.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    /** The proposal from the address, numbered when taken. */
    private String freeUsername(String address) {
        String proposal = UsernameProposal.from(address);
        for (int n = 2; n < PROPOSALS && em.find(AccountEntity.class, proposal) != null; n++) {
            proposal = UsernameProposal.numbered(UsernameProposal.from(address), n);
        }
        return proposal;
    }
}
