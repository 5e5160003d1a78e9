// /coop/invitations/(invitation_id): revokes an open invitation, for the cooperative's manager (ADR 031).
// The handler is the operator's route's: one behaviour, scoped by who is signed in.
export { DELETE } from '#api/admin/cooperatives/[id]/invitations/[invitation_id]/route';
