package fr.normandie.ecoles.app.security;

import fr.normandie.ecoles.kernel.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/** The invitations' table (times in UTC): the token's hash, never the token. */
@Entity
@Table(name = "invitation", schema = "accounts")
@NamedQuery(name = "InvitationEntity.byTokenHash", query = "select i from InvitationEntity i where i.tokenHash = :hash")
@NamedQuery(name = "InvitationEntity.byTokenHashLocked", query = "select i from InvitationEntity i where i.tokenHash = :hash",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(name = "InvitationEntity.ofCarrier",
        query = "select i from InvitationEntity i where i.carrierId = :carrier order by i.invitedAt desc")
@NamedQuery(name = "InvitationEntity.pendingTo",
        query = "select i from InvitationEntity i where i.pendingEmail = :email")
class InvitationEntity {

    /** What the table stores; {@link InvitationState#EXPIRED} is read from the time. */
    enum Stored { PENDING, ACCEPTED, WITHDRAWN }

    @Id
    private UUID id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "carrier_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID carrierId;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    /** The address in lower case while the invitation may be accepted; one such per address (unique). */
    @Column(name = "pending_email")
    private String pendingEmail;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "invited_at")
    private LocalDateTime invitedAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Enumerated(EnumType.STRING)
    private Stored state;
    private String username;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closed_by")
    private String closedBy;

    protected InvitationEntity() {
    }

    InvitationEntity(String tokenHash, UUID carrierId, String fullName, String email, String invitedBy,
                     LocalDateTime invitedAt, LocalDateTime expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.carrierId = carrierId;
        this.fullName = fullName;
        this.email = email;
        this.pendingEmail = email.toLowerCase(Locale.ROOT);
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
        this.state = Stored.PENDING;
    }

    /** Whether the link still opens the form: pending and not yet expired. */
    boolean open(LocalDateTime now) {
        return state == Stored.PENDING && now.isBefore(expiresAt);
    }

    void accepted(String username, LocalDateTime now) {
        this.state = Stored.ACCEPTED;
        this.pendingEmail = null;
        this.username = username;
        this.closedAt = now;
        this.closedBy = username;
    }

    void withdrawn(String by, LocalDateTime now) {
        this.state = Stored.WITHDRAWN;
        this.pendingEmail = null;
        this.closedAt = now;
        this.closedBy = by;
    }

    /** An expired invitation leaves its address free for a new one (it stays pending, and expired, for the record). */
    void releaseAddress() {
        this.pendingEmail = null;
    }

    boolean pending() {
        return state == Stored.PENDING;
    }

    UUID carrierId() {
        return carrierId;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    String invitedBy() {
        return invitedBy;
    }

    Invitation toInvitation(LocalDateTime now) {
        InvitationState shown = switch (state) {
            case PENDING -> now.isBefore(expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
            case ACCEPTED -> InvitationState.ACCEPTED;
            case WITHDRAWN -> InvitationState.WITHDRAWN;
        };
        return new Invitation(id, carrierId, fullName, email, invitedBy, invitedAt.toInstant(ZoneOffset.UTC),
                expiresAt.toInstant(ZoneOffset.UTC), shown, username);
    }
}
